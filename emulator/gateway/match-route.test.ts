import { describe, expect, it } from 'vitest';
import { routeTable } from '../../api/route-table';
import type { RouteDefinition } from '../../api/route-table';
import { createRouteMatcher } from './match-route';

const match = createRouteMatcher(routeTable);

describe('createRouteMatcher', () => {
  it.each([
    ['GET', '/transactions', 'listTransactions', {}],
    ['POST', '/transactions', 'createTransaction', {}],
    ['GET', '/transactions/summary', 'getSummary', {}],
    ['GET', '/transactions/01HZX', 'getTransaction', { id: '01HZX' }],
    ['PUT', '/transactions/01HZX', 'replaceTransaction', { id: '01HZX' }],
    ['DELETE', '/transactions/01HZX', 'deleteTransaction', { id: '01HZX' }],
    ['GET', '/transactions/a%20b', 'getTransaction', { id: 'a b' }],
    ['GET', '/transactions/%E0%A4%A', 'getTransaction', { id: '%E0%A4%A' }],
  ])('routes %s %s to %s', (method, path, operation, params) => {
    const result = match(method, path);
    expect(result.kind).toBe('match');
    if (result.kind !== 'match') return;
    expect(result.match.route.operation).toBe(operation);
    expect(result.match.pathParameters).toEqual(params);
  });

  it('prefers a literal segment over a parameter whatever the table order', () => {
    const reversed: RouteDefinition[] = [...routeTable].reverse();
    const result = createRouteMatcher(reversed)('GET', '/transactions/summary');
    expect(result.kind === 'match' && result.match.route.operation).toBe('getSummary');
  });

  it('does not fall back to {id} when the literal resource lacks the method', () => {
    expect(match('DELETE', '/transactions/summary')).toEqual({
      kind: 'method-not-defined',
      methods: ['GET'],
    });
  });

  it.each([
    ['PATCH', '/transactions'],
    ['OPTIONS', '/transactions/abc'],
  ])('reports %s %s as a method the resource does not define', (method, path) => {
    expect(match(method, path).kind).toBe('method-not-defined');
  });

  it.each([
    '/',
    '',
    'transactions',
    '/transactions/',
    '/transactions/a/b',
    '/Transactions',
    '/other',
  ])('finds no resource for %j', (path) => {
    expect(match('GET', path)).toEqual({ kind: 'no-resource' });
  });
});
