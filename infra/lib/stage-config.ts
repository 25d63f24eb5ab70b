// The deployment's settings, read once from CDK context (`-c key=value` or cdk.json) and
// validated before any construct is built, so a typo fails synthesis with a list of problems.

import { defaultApiAuthHeader } from '../../contract/runtime-config';

export type StageName = 'dev' | 'prod';

export interface StageConfig {
  readonly stage: StageName;
  /** Cognito domain prefix: `https://{prefix}.auth.{region}.amazoncognito.com`. */
  readonly domainPrefix: string;
  /** Adds `http://localhost:5173` to the app client's URLs and the API's CORS origins (dev only). */
  readonly allowLocalhost: boolean;
  /** Header the authorizer reads the id_token from. */
  readonly apiAuthHeader: string;
}

export type StageConfigErrorCode = 'INVALID_STAGE_CONFIG';

/** Thrown when the context holds a missing or wrong value; `problems` lists every one of them. */
export class StageConfigError extends Error {
  readonly code: StageConfigErrorCode = 'INVALID_STAGE_CONFIG';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid deployment context:\n  - ${problems.join('\n  - ')}`);
    this.name = 'StageConfigError';
  }
}

/** Where the SPA runs under `npm run dev`; Cognito allows plain http only for localhost. */
export const localDevOrigin = 'http://localhost:5173';

const stages: readonly StageName[] = ['dev', 'prod'];
// Cognito: lowercase letters, digits and hyphens, no leading/trailing hyphen, and it refuses
// prefixes containing its reserved words.
const domainPrefixPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const reservedInPrefix = ['aws', 'amazon', 'cognito'];
// An HTTP header field-name token, short enough to be sane.
const headerNamePattern = /^[A-Za-z0-9-]{1,64}$/;
const maxContextValueLength = 200;

type ContextReader = (key: string) => unknown;

/** Reads and validates the stage settings; throws StageConfigError listing every problem. */
export function readStageConfig(context: ContextReader): StageConfig {
  const problems: string[] = [];
  const text = (key: string): string | undefined => {
    const value = context(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' && typeof value !== 'boolean') {
      problems.push(`${key}: expected a string, got ${typeof value}`);
      return undefined;
    }
    const s = String(value);
    if (s.length > maxContextValueLength) {
      problems.push(`${key}: longer than ${maxContextValueLength} characters`);
      return undefined;
    }
    return s;
  };

  const stageText = text('stage') ?? 'dev';
  const stage = stages.find((s) => s === stageText);
  if (!stage) problems.push(`stage: must be one of ${stages.join(', ')} (got "${stageText}")`);

  const domainPrefix = text('domainPrefix') ?? `transactions-${stage ?? 'dev'}`;
  if (!domainPrefixPattern.test(domainPrefix)) {
    problems.push(
      'domainPrefix: 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen',
    );
  } else if (reservedInPrefix.some((word) => domainPrefix.includes(word))) {
    problems.push(
      `domainPrefix: Cognito refuses prefixes containing ${reservedInPrefix.join(', ')}`,
    );
  }

  const localhostText = text('allowLocalhost');
  let allowLocalhost = stage === 'dev';
  if (localhostText !== undefined) {
    if (localhostText !== 'true' && localhostText !== 'false') {
      problems.push(`allowLocalhost: must be true or false (got "${localhostText}")`);
    } else {
      allowLocalhost = localhostText === 'true';
    }
  }
  if (stage === 'prod' && allowLocalhost) {
    problems.push('allowLocalhost: production never trusts localhost origins');
  }

  const apiAuthHeader = text('apiAuthHeader') ?? defaultApiAuthHeader;
  if (!headerNamePattern.test(apiAuthHeader)) {
    problems.push('apiAuthHeader: a header name of 1-64 letters, digits or hyphens');
  }

  if (problems.length > 0 || !stage) throw new StageConfigError(problems);
  return { stage, domainPrefix, allowLocalhost, apiAuthHeader };
}
