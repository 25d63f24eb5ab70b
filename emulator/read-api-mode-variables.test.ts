import { describe, expect, it } from 'vitest';
import { readApiModeVariables } from './vite-plugin';

describe('readApiModeVariables (API_AUTH / API_TOKEN for npm run dev)', () => {
  it('leaves the emulator its defaults when nothing is set', () => {
    expect(readApiModeVariables({})).toEqual({ modes: {}, problems: [] });
    expect(readApiModeVariables({ API_AUTH: '', API_TOKEN: '' })).toEqual({
      modes: {},
      problems: [],
    });
  });

  it('reads each mode', () => {
    expect(readApiModeVariables({ API_AUTH: 'iam', API_TOKEN: 'access' }).modes).toEqual({
      apiAuth: 'iam',
      apiToken: 'access',
    });
  });

  it('names the variable and the choices for a wrong value, cut short', () => {
    const { problems } = readApiModeVariables({ API_AUTH: 'IAM', API_TOKEN: 'x'.repeat(500) });
    expect(problems).toEqual([
      'API_AUTH must be one of cognito, iam, lambda (got "IAM")',
      `API_TOKEN must be one of id, access (got "${'x'.repeat(40)}")`,
    ]);
  });

  it('reads access tokens with the Cognito authorizer, set or by default', () => {
    expect(readApiModeVariables({ API_TOKEN: 'access' })).toEqual({
      modes: { apiToken: 'access' },
      problems: [],
    });
    expect(readApiModeVariables({ API_AUTH: 'cognito', API_TOKEN: 'access' }).problems).toEqual([]);
  });

  it.each([
    ['iam', /API_TOKEN access needs API_AUTH cognito \(iam signs requests/],
    ['lambda', /API_TOKEN access needs API_AUTH cognito \(the Lambda authorizer verifies ID/],
  ])('refuses API_TOKEN=access with API_AUTH=%s, naming both', (apiAuth, message) => {
    const { problems } = readApiModeVariables({ API_AUTH: apiAuth, API_TOKEN: 'access' });
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});
