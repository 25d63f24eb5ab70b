// A signed-in user's identity-pool credentials from the emulator (GetId, then
// GetCredentialsForIdentity, with the SDK the tutorials use), and two SigV4 signers: aws4fetch
// (what the SPA uses) and the AWS SDK's own Smithy signer, so both are shown to verify.
import { createHash, createHmac } from 'node:crypto';
import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import { SignatureV4 } from '@smithy/signature-v4';
import { AwsClient } from 'aws4fetch';
import type { Emulator } from '../../emulator/create-emulator';
import { formatAmzDate } from '../../emulator/gateway/create-iam-authorizer';
import { sdkConfig, signInWithPassword, type Tokens } from './start-test-emulator';

export interface IamCaller {
  readonly tokens: Tokens;
  readonly identityId: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** Epoch seconds. */
  readonly expiration: number;
}

/** The identity pool client pointed at the emulator (unsigned calls need no credentials). */
export const identitySdk = (emulator: Emulator): CognitoIdentityClient =>
  new CognitoIdentityClient(sdkConfig(emulator));

/** `cognito-idp.{region}.amazonaws.com/{pool}` on AWS; the issuer without scheme here. */
export const loginsKey = (emulator: Emulator): string =>
  emulator.urls.issuer.replace(/^https?:\/\//, '');

/** A new user `email`, signed in, with credentials from the identity pool. */
export async function iamCaller(emulator: Emulator, email: string): Promise<IamCaller> {
  const tokens = await signInWithPassword(emulator, email);
  const sdk = identitySdk(emulator);
  const Logins = { [loginsKey(emulator)]: tokens.idToken };
  const { IdentityId } = await sdk.send(
    new GetIdCommand({ IdentityPoolId: emulator.identityPool!.identityPoolId, Logins }),
  );
  const { Credentials } = await sdk.send(
    new GetCredentialsForIdentityCommand({ IdentityId, Logins }),
  );
  sdk.destroy();
  return {
    tokens,
    identityId: IdentityId!,
    accessKeyId: Credentials!.AccessKeyId!,
    secretAccessKey: Credentials!.SecretKey!,
    sessionToken: Credentials!.SessionToken!,
    expiration: Credentials!.Expiration!.getTime() / 1000,
  };
}

export interface SignInput {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Epoch ms the request is signed at (the emulator's clock). */
  readonly at: number;
}

/** Signs a request to `url`; resolves the headers to send (host included). */
export type Signer = (
  caller: IamCaller,
  url: string,
  input: SignInput,
) => Promise<Record<string, string>>;

const signingCredentials = ({ accessKeyId, secretAccessKey, sessionToken }: IamCaller) => ({
  accessKeyId,
  secretAccessKey,
  sessionToken,
});

/** Headers aws4fetch signs `url` with (it signs every header given, and the session token). */
export const signWithAws4fetch: Signer = async (caller, url, input) => {
  const client = new AwsClient({
    ...signingCredentials(caller),
    service: 'execute-api',
    region: 'local',
    retries: 0,
  });
  const signed = await client.sign(url, {
    method: input.method ?? 'GET',
    headers: input.headers ?? {},
    ...(input.body !== undefined ? { body: input.body } : {}),
    aws: { datetime: formatAmzDate(input.at) },
  });
  return Object.fromEntries(signed.headers);
};

type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: SourceData): string | Uint8Array =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** SHA-256 and HMAC-SHA256 from node:crypto in the shape Smithy signers take. */
class NodeSha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytesOf(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {}
}

/** Headers the AWS SDK's Smithy signer adds (it also signs x-amz-content-sha256). */
export const signWithSmithy: Signer = async (caller, url, input) => {
  const signer = new SignatureV4({
    service: 'execute-api',
    region: 'local',
    credentials: signingCredentials(caller),
    sha256: NodeSha256,
  });
  const target = new URL(url);
  const signed = await signer.sign(
    {
      method: input.method ?? 'GET',
      protocol: target.protocol,
      hostname: target.hostname,
      port: Number(target.port),
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers: { host: target.host, ...input.headers },
      ...(input.body !== undefined ? { body: input.body } : {}),
    },
    { signingDate: new Date(input.at) },
  );
  return signed.headers;
};
