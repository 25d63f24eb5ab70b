import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';
import type { RouteChunkName } from './route-chunks';
import { appPath, chunksForPath, preloadChunks, routeChunks } from './route-chunks';

const signedIn: RouteChunkName[] = [
  'signedInArea',
  'signedInFrame',
  'transactionsPage',
  'profilePage',
  'transactionsClient',
];

describe('chunksForPath', () => {
  it.each<[string, boolean, RouteChunkName[]]>([
    ['/callback', false, [...signedIn, 'callbackPage']],
    ['/callback/', false, [...signedIn, 'callbackPage']],
    ['/transactions', false, signedIn],
    ['/profile', false, signedIn],
    ['/', true, signedIn],
    ['/', false, []],
    ['/signed-out', true, []],
    ['/callbacks', false, []],
    ['/profile/../callback', false, []],
  ])('%s (stored session: %s) needs %j', (path, hasSession, expected) => {
    expect([...chunksForPath(path, hasSession)].sort()).toEqual([...expected].sort());
  });

  it('needs nothing for an oversized path', () => {
    expect(chunksForPath(`/${'x'.repeat(100_000)}`, true)).toEqual([]);
  });
});

describe('appPath', () => {
  it.each<[string, string, string | null]>([
    ['/callback', '/', '/callback'],
    ['/', '/', '/'],
    ['/app/callback', '/app/', '/callback'],
    ['/app', '/app/', '/'],
    ['/app/', '/app/', '/'],
    ['/application/callback', '/app/', null],
    ['/other/transactions', '/app/', null],
  ])('%s under %s is %j', (pathname, base, expected) => {
    expect(appPath(pathname, base)).toBe(expected);
  });
});

const fallback = <p>Loading…</p>;
const page = () => Promise.resolve({ default: () => <h1>Transactions</h1> });

describe('preloadable', () => {
  it('renders a preloaded module in the first commit, without a fallback', async () => {
    const chunk = preloadable(page);
    await chunk.preload();
    render(<Suspense fallback={fallback}>{<chunk.Component />}</Suspense>);
    expect(screen.getByRole('heading', { name: 'Transactions' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('shows the fallback while a module it was not given early loads, then the page', async () => {
    const chunk = preloadable(page);
    render(<Suspense fallback={fallback}>{<chunk.Component />}</Suspense>);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Transactions' })).toBeInTheDocument();
  });

  it('loads a module once however often it is asked for', async () => {
    let loads = 0;
    const chunk = preloadable(() => ((loads += 1), page()));
    await Promise.all([chunk.preload(), chunk.preload()]);
    render(<chunk.Component />);
    expect(loads).toBe(1);
  });
});

describe('preloadChunks', () => {
  it('has every chunk of the callback loaded when it resolves', async () => {
    const names = chunksForPath('/callback', false);
    await preloadChunks(names);
    expect(names.filter((name) => routeChunks[name].loaded() === null)).toEqual([]);
  });
});
