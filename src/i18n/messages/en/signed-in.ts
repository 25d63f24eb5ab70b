import { ledger } from './ledger';
import { profile } from './profile';
import { session } from './session';

// English text of the signed-in pages, one file per area, loaded with those pages' chunks
// (route-chunks.ts) so the first page never carries it.
export const signedIn = { ledger, profile, session };
