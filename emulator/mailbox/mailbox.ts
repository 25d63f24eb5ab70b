import type { Clock } from '../../contract/clock';

/** One message the pool would have emailed. `code` is the 6-digit code or temporary password. */
export interface MailMessage {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly code: string | null;
  /** ISO 8601 time, on the emulator's clock. */
  readonly sentAt: string;
}

export interface Mailbox {
  send(message: Omit<MailMessage, 'id' | 'sentAt'>): MailMessage;
  /** Newest first; `to` filters case-insensitively on the exact address. */
  list(filter?: { to?: string }): MailMessage[];
  /** The newest message to an address, if any (tests read codes with it). */
  latest(to: string): MailMessage | undefined;
  clear(): void;
}

export interface MailboxServices {
  /** The emulator's clock, so `sentAt` agrees with the codes' expiry. */
  readonly clock: Clock;
  newId(): string;
  log(line: string): void;
  /** Called after each change so a persistent store can save the list. */
  onChange?(messages: readonly MailMessage[]): void;
}

/** Keeps at most `limit` messages (oldest dropped) so a long session cannot grow without bound. */
export function createMailbox(
  services: MailboxServices,
  initial: readonly MailMessage[] = [],
  limit = 500,
): Mailbox {
  const messages: MailMessage[] = initial.slice(-limit);
  return {
    send(input) {
      const message: MailMessage = {
        ...input,
        id: services.newId(),
        sentAt: new Date(services.clock.now()).toISOString(),
      };
      messages.push(message);
      if (messages.length > limit) messages.splice(0, messages.length - limit);
      services.log(`[mailbox] to ${message.to}: ${message.subject}: ${message.text}`);
      services.onChange?.(messages);
      return message;
    },
    list(filter = {}) {
      const to = filter.to?.toLowerCase();
      return messages.filter((m) => to === undefined || m.to.toLowerCase() === to).reverse();
    },
    latest(to) {
      return this.list({ to })[0];
    },
    clear() {
      messages.length = 0;
      services.onChange?.(messages);
    },
  };
}
