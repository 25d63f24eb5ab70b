// The identity pool operations the emulator answers, by X-Amz-Target name.
import DescribeIdentityPool from './DescribeIdentityPool';
import GetCredentialsForIdentity from './GetCredentialsForIdentity';
import GetId from './GetId';
import GetIdentityPoolRoles from './GetIdentityPoolRoles';
import GetOpenIdToken from './GetOpenIdToken';
import type { IdentityOperation } from './identity-operation';

const operations: Readonly<Record<string, IdentityOperation>> = {
  DescribeIdentityPool,
  GetCredentialsForIdentity,
  GetId,
  GetIdentityPoolRoles,
  GetOpenIdToken,
};

export const findIdentityOperation = (name: string): IdentityOperation | undefined =>
  Object.hasOwn(operations, name) ? operations[name] : undefined;
