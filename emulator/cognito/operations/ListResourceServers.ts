import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError, missingParameter } from '../cognito-error';
import { pageOf } from '../paging';
import { describeResourceServer } from '../resource-servers';
import { defineOperation } from './operation';

type Request = { MaxResults: number; NextToken?: string | undefined };
type Response = Sdk.ListResourceServersResponse;

/** ListResourceServers: the pool's resource servers in definition order, 1-50 per page. */
export const ListResourceServers = defineOperation<Request, Response, 'iam'>({
  auth: 'iam',
  // MaxResults is required here (1-50), unlike ListUserPoolClients.
  read: (input) => {
    const MaxResults = input.optionalNumber('MaxResults');
    if (MaxResults === undefined) throw missingParameter('maxResults');
    return { MaxResults, NextToken: input.optionalString('NextToken', 1024) };
  },
  run: (ctx, r) => {
    if (!Number.isInteger(r.MaxResults) || r.MaxResults < 1)
      throw new CognitoError(
        'InvalidParameterException',
        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
      );
    const identifiers = (ctx.config.resourceServers ?? []).map((s) => s.identifier);
    const { items, next } = pageOf(
      identifiers,
      { limit: r.MaxResults, token: r.NextToken },
      { member: 'maxResults', max: 50, tokenMember: 'NextToken' },
    );
    return {
      ResourceServers: items.map((id) => describeResourceServer(ctx.config, id)),
      ...(next === undefined ? {} : { NextToken: next }),
    };
  },
});
