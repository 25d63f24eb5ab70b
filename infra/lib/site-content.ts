// Uploads the SPA build and a config.json written from the stack's outputs, so one dist/
// is promoted from stage to stage unchanged. Hashed assets go first and are never pruned
// (a tab still running the previous release can lazy-load its chunks); index.html and
// config.json follow, marked no-cache, and the distribution is invalidated.

import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Construct } from 'constructs';
import type { RuntimeConfig } from '../../contract/runtime-config';

export interface SiteContentProps {
  /** The SPA build (`dist/`), containing index.html and usually assets/. */
  readonly siteDir: string;
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.IDistribution;
  readonly runtimeConfig: RuntimeConfig;
}

export const immutableCacheControl = 'public, max-age=31536000, immutable';
export const revalidateCacheControl = 'no-cache';

export class SiteContent extends Construct {
  constructor(scope: Construct, id: string, props: SiteContentProps) {
    super(scope, id);
    if (!existsSync(join(props.siteDir, 'index.html'))) {
      throw new Error(`${props.siteDir} has no index.html: run "npm run build" first`);
    }

    const assetsDir = join(props.siteDir, 'assets');
    const assets = existsSync(assetsDir)
      ? new s3deploy.BucketDeployment(this, 'Assets', {
          sources: [s3deploy.Source.asset(assetsDir)],
          destinationBucket: props.bucket,
          destinationKeyPrefix: 'assets/',
          cacheControl: [s3deploy.CacheControl.fromString(immutableCacheControl)],
          prune: false,
        })
      : undefined;

    const pages = new s3deploy.BucketDeployment(this, 'Pages', {
      sources: [
        // The build's own config.json (if any) is the dev one; the stage's replaces it.
        s3deploy.Source.asset(props.siteDir, { exclude: ['assets', 'assets/*', 'config.json'] }),
        s3deploy.Source.jsonData('config.json', props.runtimeConfig),
      ],
      destinationBucket: props.bucket,
      cacheControl: [s3deploy.CacheControl.fromString(revalidateCacheControl)],
      prune: false,
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    if (assets) pages.node.addDependency(assets);
  }
}
