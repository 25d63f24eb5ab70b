// How every Lambda of this app is bundled: local esbuild, ESM for Node.js 22, minified with
// source maps, the AWS SDK left to the runtime. createNodeLambda (the API handler and the Lambda
// authorizer) and the Cognito triggers share it.

import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';

export const esmBundling: nodejs.BundlingOptions = {
  forceDockerBundling: false,
  format: nodejs.OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  // ESM output: give bundled CommonJS dependencies a `require`.
  banner:
    "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  // The Node.js 22 runtime ships AWS SDK v3.
  externalModules: ['@aws-sdk/*'],
};
