import { NotFoundError } from '../errors/http-error';
import type { Route } from './route-types';

/**
 * GET /profile: the caller's profile item (written by the PostConfirmation trigger). 404 for
 * accounts that never went through a confirmation, e.g. ones an administrator created.
 */
export const getProfile: Route = async (request, { profiles }) => {
  const profile = await profiles.get(request.caller.sub);
  if (!profile) throw new NotFoundError('No profile has been recorded for this account.');
  return { status: 200, body: profile };
};
