// The shape of <data>/cognito/mailbox.json (MailMessage[] in emulator/mailbox/mailbox.ts).
import * as z from 'zod/mini';
import type { MailMessage } from '../mailbox/mailbox';

const text = z.string({ error: 'must be a string' });

export const mailboxFileSchema = z.array(
  z.looseObject(
    { id: text, to: text, subject: text, text, code: z.nullable(text), sentAt: text },
    { error: 'must be an object' },
  ),
  { error: 'must be a list of messages' },
) satisfies z.ZodMiniType<MailMessage[]>;
