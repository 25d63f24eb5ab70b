import { randomInt } from 'node:crypto';

const alphanumerics = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const lowerAlphanumerics = 'abcdefghijklmnopqrstuvwxyz0123456789';

const pick = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** Ids as Cognito shapes them: pools `{region}_{9 alphanumerics}`, clients 26 lowercase. */
export const resourceIds = {
  poolId: (region: string) => `${region}_${pick(alphanumerics, 9)}`,
  clientId: () => pick(lowerAlphanumerics, 26),
  /** Cognito's generated secrets are 51-52 lowercase alphanumerics. */
  clientSecret: () => pick(lowerAlphanumerics, 52),
};
