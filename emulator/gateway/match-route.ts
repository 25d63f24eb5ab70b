// Resolves a request path to an API Gateway resource and then to a method on it, the way a REST
// API's resource tree does: a literal segment beats a `{param}` one at the same depth, and a
// missing method on a matched resource is not retried against another resource.
import type { HttpMethod, RouteDefinition } from '../../api/route-table';

export interface RouteMatch {
  readonly route: RouteDefinition;
  readonly pathParameters: Readonly<Record<string, string>>;
}

export type RouteLookup =
  | { readonly kind: 'match'; readonly match: RouteMatch }
  /** The resource exists; the caller decides what a method that is not defined means (OPTIONS → CORS). */
  | { readonly kind: 'method-not-defined'; readonly methods: readonly HttpMethod[] }
  | { readonly kind: 'no-resource' };

type Segment = { readonly literal: string } | { readonly param: string };

interface Resource {
  readonly segments: readonly Segment[];
  readonly routes: readonly RouteDefinition[];
}

function parseTemplate(path: string): Segment[] {
  return path
    .split('/')
    .slice(1)
    .map((part) => {
      const param = /^\{([A-Za-z0-9_]+)\}$/.exec(part);
      return param?.[1] !== undefined ? { param: param[1] } : { literal: part };
    });
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed %-escapes reach the handler as sent rather than failing the request
  }
}

/** Compares two resources that both match: negative when `a` is more specific (literal earlier). */
function bySpecificity(a: Resource, b: Resource): number {
  for (let i = 0; i < a.segments.length; i += 1) {
    const aLiteral = 'literal' in a.segments[i]!;
    const bLiteral = 'literal' in b.segments[i]!;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

/** Builds a matcher over the route table; `match(method, path)` takes the path below the stage. */
export function createRouteMatcher(routes: readonly RouteDefinition[]) {
  const byPath = new Map<string, RouteDefinition[]>();
  for (const route of routes) {
    const list = byPath.get(route.path) ?? [];
    list.push(route);
    byPath.set(route.path, list);
  }
  const resources: Resource[] = [...byPath.entries()].map(([path, list]) => ({
    segments: parseTemplate(path),
    routes: list,
  }));

  return function match(method: string, path: string): RouteLookup {
    if (!path.startsWith('/')) return { kind: 'no-resource' };
    const parts = path.split('/').slice(1);
    const candidates = resources.filter(
      (resource) =>
        resource.segments.length === parts.length &&
        resource.segments.every((segment, i) =>
          'literal' in segment ? segment.literal === parts[i] : parts[i] !== '',
        ),
    );
    const resource = candidates.sort(bySpecificity)[0];
    if (resource === undefined) return { kind: 'no-resource' };

    const route = resource.routes.find((r) => r.method === method);
    if (route === undefined) {
      return { kind: 'method-not-defined', methods: resource.routes.map((r) => r.method) };
    }
    const pathParameters: Record<string, string> = Object.create(null) as Record<string, string>;
    resource.segments.forEach((segment, i) => {
      if ('param' in segment) pathParameters[segment.param] = decodeSegment(parts[i]!);
    });
    return { kind: 'match', match: { route, pathParameters: { ...pathParameters } } };
  };
}
