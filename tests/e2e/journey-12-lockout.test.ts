// Journey 12: five wrong passwords. The hosted page answers a real account exactly as it
// answers an unknown email, then locks both as docs/emulator.md promises: five free failures,
// then "Password attempts exceeded" with lockouts of 1 s, 2 s, 4 s … that refuse even the right
// password, and the right password works once the lockout has passed.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { TestUser } from './support/users';
import { createConfirmedUser, uniqueEmail } from './support/users';
import { submitHostedSignIn, waitForHostedSignIn } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { waitForSignedInAs } from './a11y/journey-steps';

const incorrect = 'Incorrect username or password.';
const exceeded = 'Password attempts exceeded';

interface Answer {
  readonly status: number;
  readonly message: string;
}

/** Submits the hosted form once and returns the HTTP status and the alert it shows. */
async function attempt(page: Page, email: string, password: string): Promise<Answer> {
  const user: TestUser = { email, password };
  const response = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login',
  );
  // Marks this document so the answer is read from the next one, never from this one.
  await page.evaluate(() => document.body.setAttribute('data-submitted', ''));
  await submitHostedSignIn(page, user);
  const status = (await response).status();
  await page.locator('body:not([data-submitted])').waitFor();
  const message = (await page.getByRole('alert').textContent())?.trim() ?? '';
  return { status, message };
}

describeEachServerMode(
  'journey 12: wrong password five times',
  { modes: ['preview'], manualClock: true },
  (env) => {
    it('answers like an unknown email, then locks out as documented', async () => {
      const { app, clock, withPage } = env();
      await withPage('journey-12-lockout', async (page) => {
        const user = await createConfirmedUser(app, 'journey12');
        const stranger = uniqueEmail('journey12-nobody');
        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await waitForHostedSignIn(page);

        const known: Answer[] = [];
        const unknown: Answer[] = [];
        for (let i = 0; i < 5; i += 1) {
          known.push(await attempt(page, user.email, `Wrong-password-${i}!`));
          unknown.push(await attempt(page, stranger, `Wrong-password-${i}!`));
        }
        expect(known).toEqual(
          Array.from({ length: 5 }, () => ({ status: 400, message: incorrect })),
        );
        expect(unknown).toEqual(known);

        // The sixth failure starts a 1 s lockout, for the account and the unknown name alike.
        const sixthKnown = await attempt(page, user.email, 'Wrong-password-6!');
        const sixthUnknown = await attempt(page, stranger, 'Wrong-password-6!');
        expect(sixthKnown).toEqual({ status: 400, message: exceeded });
        expect(sixthUnknown).toEqual(sixthKnown);

        // Lockouts double (1 s, 2 s, 4 s): after two more failures the account is locked for 4 s,
        // and even the right password is refused while it lasts, up to its last millisecond. The
        // emulator's clock moves; the journey never waits for it.
        clock.advance(1_100);
        expect(await attempt(page, user.email, 'Wrong-password-7!')).toEqual(sixthKnown);
        clock.advance(2_100);
        const lockedAt = clock.now();
        expect(await attempt(page, user.email, 'Wrong-password-8!')).toEqual(sixthKnown);
        expect(await attempt(page, user.email, user.password)).toEqual(sixthKnown);
        clock.advance(3_999);
        expect(await attempt(page, user.email, user.password)).toEqual(sixthKnown);
        expect(clock.now() - lockedAt).toBeLessThan(4_000);

        clock.advance(1);
        await submitHostedSignIn(page, user);
        await page.getByRole('heading', { name: 'Transactions', level: 1 }).waitFor();
        await waitForSignedInAs(page, user.email);
      });
    });
  },
);
