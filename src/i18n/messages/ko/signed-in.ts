import type { SignedInText } from '../../text-types';
import { ledger } from './ledger';
import { profile } from './profile';
import { session } from './session';

// Korean text of the signed-in pages; the shape is English's (../en/signed-in.ts).
export const signedIn: SignedInText = { ledger, profile, session };
