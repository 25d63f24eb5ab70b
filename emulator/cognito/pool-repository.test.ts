import { describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { createPoolRepository, type PoolRepository } from './pool-repository';
import type { GroupRecord, PersistedState, TokenFamily } from './pool-state';
import { userRecord } from './testing/user-record';

const user = userRecord;

const group = (name: string): GroupRecord => ({ name, createdAt: 0, updatedAt: 0 });

const family = (originJti: string, username: string): TokenFamily => ({
  originJti,
  refreshHash: null,
  clientId: 'client',
  username,
  authTime: 0,
  scopes: [],
  oauth: false,
  issuedAt: 0,
  expiresAt: Date.UTC(2031, 0, 1),
  revokedAt: null,
});

/** A repository with one user and one live token family, and a spy for what it saves. */
function setUp() {
  const save = vi.fn<(state: PersistedState) => void>();
  const clock = createManualClock();
  const repo = createPoolRepository({
    initial: {
      version: 1,
      users: [user('u1', 'Ann@example.com')],
      tokenFamilies: [family('f1', 'u1')],
      groups: ['g'],
    },
    clock,
    save,
    log: () => {},
  });
  /** How many times the repository saved once pending writes are flushed. */
  const saves = () => {
    repo.flush();
    return save.mock.calls.length;
  };
  return { repo, save, saves };
}

describe('createPoolRepository', () => {
  it.each([
    ['adds a user', (r: PoolRepository) => r.addUser(user('u2', 'b@example.com'))],
    [
      'changes a field of a user',
      (r: PoolRepository) => void r.updateUser('u1', { enabled: false }),
    ],
    ['deletes a user', (r: PoolRepository) => void r.deleteUser('u1')],
    ['adds a new group', (r: PoolRepository) => void r.addGroup(group('h'))],
    ['updates a group', (r: PoolRepository) => void r.updateGroup('g', { precedence: 1 })],
    [
      'changes a group',
      (r: PoolRepository) => void r.updateGroup('g', { precedence: 1, updatedAt: 5 }),
    ],
    ['deletes a group', (r: PoolRepository) => void r.deleteGroup('g')],
    ['adds a token family', (r: PoolRepository) => r.addFamily(family('f2', 'u1'))],
    ['revokes a live family', (r: PoolRepository) => void r.revokeFamily('f1', 5)],
    ["revokes a user's live families", (r: PoolRepository) => void r.revokeUserFamilies('u1', 5)],
  ])('saves once when it %s', (_name, change) => {
    const { repo, saves } = setUp();
    change(repo);
    expect(saves()).toBe(1);
  });

  it.each([
    [
      'an update that changes nothing',
      (r: PoolRepository) => void r.updateUser('u1', { enabled: true, email: 'Ann@example.com' }),
    ],
    ['deleting an unknown user', (r: PoolRepository) => void r.deleteUser('nobody')],
    ['adding a group that exists', (r: PoolRepository) => void r.addGroup(group('g'))],
    ['deleting an unknown group', (r: PoolRepository) => void r.deleteGroup('nope')],
    [
      'a group update that changes nothing',
      (r: PoolRepository) => void r.updateGroup('g', { updatedAt: r.group('g')!.updatedAt }),
    ],
    ['revoking an unknown family', (r: PoolRepository) => void r.revokeFamily('nope', 5)],
    [
      'revoking a user without live families',
      (r: PoolRepository) => void r.revokeUserFamilies('u2', 5),
    ],
    [
      'in-memory records (sessions, codes, send log)',
      (r: PoolRepository) => {
        r.sessions('hosted').set('s', { username: 'u1', clientId: 'c', expiresAt: 1 });
        r.authCodes.set('c', {
          clientId: 'c',
          redirectUri: 'r',
          username: 'u1',
          scopes: [],
          nonce: undefined,
          codeChallenge: undefined,
          authTime: 0,
          expiresAt: 1,
        });
        r.recordSend('u1', 1, 0);
      },
    ],
    [
      'reads',
      (r: PoolRepository) => {
        r.findUser('ann@EXAMPLE.com');
        r.users();
        r.family('f1');
      },
    ],
  ])('does not save for %s', (_name, change) => {
    const { repo, saves } = setUp();
    change(repo);
    expect(saves()).toBe(0);
  });

  it('revokes a family once: the first revocation time stays, and the second does not save', () => {
    const { repo, saves } = setUp();
    expect(repo.revokeFamily('f1', 5)).toBe(true);
    expect(saves()).toBe(1);
    expect(repo.revokeFamily('f1', 9)).toBe(false);
    expect(repo.revokeUserFamilies('u1', 9)).toBe(0);
    expect(saves()).toBe(1);
    expect(repo.family('f1')?.revokedAt).toBe(5);
  });

  it('coalesces the changes of one turn into one save, written after it', async () => {
    const { repo, save } = setUp();
    repo.updateUser('u1', { enabled: false });
    repo.addGroup(group('h'));
    expect(save).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({
      groups: [{ name: 'g' }, { name: 'h' }],
      users: [{ enabled: false }],
    });
  });

  it('replaces records instead of changing them, so a caller holding one cannot bypass it', () => {
    const { repo } = setUp();
    const before = repo.user('u1')!;
    const after = repo.updateUser('u1', (current) => ({ groups: [...current.groups, 'g'] }));
    expect(before.groups).toEqual([]);
    expect(after.groups).toEqual(['g']);
    expect(repo.findUser('ANN@example.com')).toBe(after);
  });

  it("ends every session kind and unredeemed code of one user, and no one else's", () => {
    const { repo, saves } = setUp();
    const record = (username: string) => ({ username, clientId: 'c', expiresAt: 10 });
    for (const kind of ['challenge', 'hosted', 'pendingSignIn', 'pendingChallenge'] as const) {
      repo.sessions(kind).set(`${kind}-u1`, record('u1'));
      repo.sessions(kind).set(`${kind}-u2`, record('u2'));
    }
    const code = { ...record('u1'), redirectUri: 'r', scopes: [], nonce: undefined };
    repo.authCodes.set('code-u1', { ...code, codeChallenge: undefined, authTime: 0 });
    repo.authCodes.set('code-u2', {
      ...code,
      username: 'u2',
      codeChallenge: undefined,
      authTime: 0,
    });
    expect(repo.endUserSessions('u1')).toBe(5);
    expect(repo.sessions('hosted').get('hosted-u1')).toBeUndefined();
    expect(repo.sessions('challenge').get('challenge-u1')).toBeUndefined();
    expect(repo.authCodes.get('code-u1')).toBeUndefined();
    expect(repo.sessions('hosted').get('hosted-u2')).toBeDefined();
    expect(repo.authCodes.get('code-u2')).toBeDefined();
    expect(saves()).toBe(0); // memory-only records: nothing to save
  });

  it('loads groups saved as bare names as records dated at load time', () => {
    const clock = createManualClock(Date.UTC(2030, 0, 1));
    const repo = createPoolRepository({
      initial: { version: 1, users: [], tokenFamilies: [], groups: ['old', group('new')] },
      clock,
      log: () => {},
    });
    expect(repo.groups()).toEqual([
      { name: 'old', createdAt: Date.UTC(2030, 0, 1), updatedAt: Date.UTC(2030, 0, 1) },
      group('new'),
    ]);
    expect(repo.snapshot(0).groups).toEqual(repo.groups());
  });

  it('deletes a group together with its memberships', () => {
    const { repo } = setUp();
    repo.updateUser('u1', { groups: ['g', 'other'] });
    expect(repo.deleteGroup('g')).toBe(true);
    expect(repo.user('u1')?.groups).toEqual(['other']);
    expect(repo.hasGroup('g')).toBe(false);
  });

  it('links an identity to one user at most, finds it, unlinks it, and saves each change', () => {
    const { repo, saves } = setUp();
    repo.addUser(user('u2', 'bo@example.com'));
    saves();
    const link = {
      providerName: 'Google',
      providerType: 'Google' as const,
      providerAttributeName: 'Cognito_Subject',
      providerAttributeValue: 'sub-1',
      dateCreated: 5,
    };
    expect(repo.linkProvider('u1', link).providerLinks).toEqual([link]);
    expect(saves()).toBe(2);
    expect(repo.linkedUser('Google', 'sub-1')?.username).toBe('u1');
    expect(repo.linkedUser('google', 'sub-1')).toBeUndefined(); // ProviderName is case-sensitive
    expect(() => repo.linkProvider('u2', { ...link, dateCreated: 6 })).toThrow(/linked already/);
    expect(repo.snapshot(0).users.find((u) => u.username === 'u1')?.providerLinks).toEqual([link]);
    expect(repo.unlinkProvider('Google', 'sub-1')?.providerLinks).toBeUndefined();
    expect(repo.linkedUser('Google', 'sub-1')).toBeUndefined();
    expect(repo.unlinkProvider('Google', 'sub-1')).toBeUndefined();
    expect(saves()).toBe(3);
  });

  it('keeps the links out of updateUser, so only linkProvider can add one', () => {
    const { repo } = setUp();
    // @ts-expect-error providerLinks is not a UserChange
    repo.updateUser('u1', { providerLinks: [] });
  });
});
