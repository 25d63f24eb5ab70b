// GET/POST <issuer>/authorize: the sign-in page, and the choice that sends a code back to the
// relying party (the user pool's /oauth2/idpresponse).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { csrfMatches } from '../http/csrf';
import { describeFormProblem, readForm } from '../http/form';
import { redirect } from '../http/respond';
import { renderErrorPage } from '../cognito/hosted-ui/hosted-page';
import {
  checkIdentityInput,
  IdentityInputError,
  maxIdentities,
  newSubject,
  type IdentityInput,
  type TestIdentity,
} from './test-identity';
import { checkIdpAuthorize, type IdpAuthorizeRequest } from './test-idp-authorize-request';
import { idpCodeSeconds, testIdpPath, type TestIdpContext } from './test-idp-context';
import { sendTestIdpPage } from './test-idp-page';

const formLimit = 8 * 1024;

class FormRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The identity a posted form picks or creates (and stores); throws what the page shows. */
function chosenIdentity(idp: TestIdpContext, form: ReadonlyMap<string, string>): TestIdentity {
  const action = form.get('action');
  if (action === 'pick') {
    const identity = idp.identities.get(form.get('subject') ?? '');
    if (!identity) throw new IdentityInputError('That test identity no longer exists.');
    return identity;
  }
  if (action !== 'create') throw new IdentityInputError('Pick an identity or create one.');
  const input: IdentityInput = {
    email: (form.get('email') ?? '').trim(),
    name: (form.get('name') ?? '').trim(),
    subject: (form.get('subject') ?? '').trim(),
    emailVerified: form.get('email_verified') === 'true',
  };
  checkIdentityInput(input);
  const subject = input.subject === '' ? newSubject(randomBytes) : input.subject;
  const known = idp.identities.get(subject);
  if (!known && idp.identities.size >= maxIdentities)
    throw new IdentityInputError(`There are already ${maxIdentities} test identities.`);
  // A known subject is the same person with new details: the pool re-maps them at sign-in.
  const identity: TestIdentity = {
    subject,
    email: input.email,
    emailVerified: input.emailVerified,
    name: input.name,
    createdAt: known?.createdAt ?? idp.clock.now(),
  };
  idp.identities.set(subject, identity);
  idp.identitiesChanged();
  return identity;
}

function issueCode(
  idp: TestIdpContext,
  res: ServerResponse,
  request: IdpAuthorizeRequest,
  identity: TestIdentity,
): void {
  const code = idp.ids.secret(32);
  const now = idp.clock.now();
  idp.codes.set(code, {
    subject: identity.subject,
    clientId: idp.client.clientId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
    authTime: Math.floor(now / 1000),
    expiresAt: now + idpCodeSeconds * 1000,
  });
  const out = new URLSearchParams({ code });
  if (request.state !== undefined) out.set('state', request.state);
  redirect(res, `${request.redirectUri}?${out.toString()}`);
}

async function readPosted(req: IncomingMessage): Promise<Map<string, string>> {
  const form = await readForm(req, formLimit, (problem) => {
    const { status, code, message } = describeFormProblem(problem);
    return new FormRefusal(status, code, message);
  });
  if (!csrfMatches(req, form.get('_csrf')))
    throw new FormRefusal(
      403,
      'invalid_csrf_token',
      'This form has expired or was sent from another site. Go back, reload the page and try again.',
    );
  return form;
}

/** Answers <issuer>/authorize. */
export async function testIdpAuthorize(
  idp: TestIdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.setHeader('Allow', 'GET, POST');
    return renderErrorPage(res, 405, 'method_not_allowed', 'Use GET or POST for this page.');
  }
  const check = checkIdpAuthorize(idp.client, url.searchParams);
  if (!check.ok)
    return check.kind === 'redirect'
      ? redirect(res, check.location)
      : renderErrorPage(res, 400, 'invalid_request', check.description);
  const action = `${testIdpPath}/authorize?${check.request.query.toString()}`;
  if (req.method === 'GET') return sendTestIdpPage(idp, req, res, { action, status: 200 });
  let form: Map<string, string>;
  try {
    form = await readPosted(req);
  } catch (error) {
    if (!(error instanceof FormRefusal)) throw error;
    return renderErrorPage(res, error.status, error.code, error.message);
  }
  try {
    issueCode(idp, res, check.request, chosenIdentity(idp, form));
  } catch (error) {
    if (!(error instanceof IdentityInputError)) throw error;
    const values: IdentityInput = {
      email: (form.get('email') ?? '').slice(0, 256),
      name: (form.get('name') ?? '').slice(0, 256),
      subject: (form.get('subject') ?? '').slice(0, 64),
      emailVerified: form.get('email_verified') === 'true',
    };
    sendTestIdpPage(idp, req, res, { action, status: 400, error: error.message, values });
  }
}
