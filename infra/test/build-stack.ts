// Test builder: synthesizes one stage of the stack from options and returns its template.

import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteDefinition } from '../../api/route-table';
import type { StageConfig, StageName } from '../lib/stage-config';
import { readStageConfig } from '../lib/stage-config';
import { stackName, TransactionsStack } from '../lib/transactions-stack';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** A minimal SPA build: index.html, config.json (dev values) and assets/. */
export const fixtureSiteDir = join(fixtures, 'site');
/**
 * Stand-in Lambda code: template tests are about the stack, so they skip esbuild; the real
 * bundle of api/handler.ts is checked by app-synth.test.ts through the CDK CLI.
 */
const placeholderCode = lambda.Code.fromInline(
  'export const handler = async () => ({ statusCode: 200 });',
);

export interface BuildOptions {
  readonly stage?: StageName;
  readonly config?: Partial<StageConfig>;
  /** `null`: no site upload. */
  readonly siteDir?: string | null;
  readonly routes?: readonly RouteDefinition[];
  readonly nag?: boolean;
  /** Synthesizes without account and region, as `npm run synth` does (tokens instead). */
  readonly envAgnostic?: boolean;
  /** Changes the stack before synthesis (to show a check notices something). */
  readonly extend?: (stack: TransactionsStack) => void;
}

export interface BuiltStack {
  readonly app: App;
  readonly stack: TransactionsStack;
  readonly template: Template;
}

/** Builds and synthesizes a stage (dev by default, with the fixture site). */
export function buildStack(options: BuildOptions = {}): BuiltStack {
  const stage = options.stage ?? 'dev';
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'infra-test-')) });
  // The stage's own defaults (as an empty context gives them), with the test's overrides.
  const context: Record<string, string> = { stage, domainPrefix: `transactions-${stage}-test` };
  const config: StageConfig = { ...readStageConfig((key) => context[key]), ...options.config };
  const stack = new TransactionsStack(app, stackName(stage), {
    config,
    apiCode: placeholderCode,
    authorizerCode: placeholderCode,
    triggerCode: placeholderCode,
    siteDir: options.siteDir === null ? undefined : (options.siteDir ?? fixtureSiteDir),
    ...(options.routes ? { routes: options.routes } : {}),
    ...(options.envAgnostic ? {} : { env: { account: '123456789012', region: 'eu-west-1' } }),
  });
  options.extend?.(stack);
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const template = Template.fromStack(stack);
  rmSync(app.outdir, { recursive: true, force: true });
  return { app, stack, template };
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** Resources of one CloudFormation type, as [logicalId, properties] pairs. */
export function resourcesOfType(
  template: Template,
  type: string,
): [string, Record<string, unknown>][] {
  const resources = template.toJSON()['Resources'] as Resources;
  return Object.entries(resources)
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => [id, r.Properties ?? {}]);
}

/** The properties of the Lambda function whose logical id starts with `prefix`. */
export function functionNamed(template: Template, prefix: string): Record<string, unknown> {
  const found = resourcesOfType(template, 'AWS::Lambda::Function').find(([id]) =>
    id.startsWith(prefix),
  );
  if (!found) throw new Error(`no Lambda function ${prefix}…`);
  return found[1];
}

/** The only resource of a type; fails the test when there is not exactly one. */
export function onlyResource(template: Template, type: string): Record<string, unknown> {
  const found = resourcesOfType(template, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]![1];
}

/** Joins an `Fn::Join` (or plain string) into text, rendering references as `<Ref>`/`<Id.Attr>`. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['Fn::Join'])) {
      const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(flatten).join(sep);
    }
    if (typeof v['Ref'] === 'string') return `<${v['Ref']}>`;
    if (Array.isArray(v['Fn::GetAtt'])) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
  }
  return JSON.stringify(value);
}
