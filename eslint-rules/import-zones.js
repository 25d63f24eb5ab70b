// A local ESLint rule for the folder boundaries of docs/architecture.md. It resolves each
// relative import against the importing file and compares repo-relative paths, so a zone is
// anchored on the repo's own folders: `api/` means the top-level api/ and never a folder named
// `api` somewhere under src/features (the glob `**/api/*` caught both).
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * @typedef {{ from: string, forbidden: string[], allowed?: string[], message?: string }} Zone
 *   Files under `from` must not import anything under `forbidden`, except under `allowed`.
 * @typedef {{ isolate: string, message?: string }} Isolation
 *   Each direct subfolder of `isolate` must not import another one.
 * @typedef {{ root: string, zones: (Zone | Isolation)[] }} Options
 */

const toPosix = (path) => path.split(sep).join('/');
const withoutExtension = (path) => path.replace(/\.[cm]?[jt]sx?$/, '');

/** True when repo-relative `path` is `area` itself, a file of it, or inside it ('.' = all). */
function isUnder(path, area) {
  if (area === '.') return !path.startsWith('../') && path !== '..';
  return (
    path === area ||
    withoutExtension(path) === withoutExtension(area) ||
    path.startsWith(`${area}/`)
  );
}

/** `src/features/home/HomePage.tsx` under `src/features` → `home`; undefined when not under it. */
function childOf(path, folder) {
  if (!path.startsWith(`${folder}/`)) return undefined;
  const rest = path.slice(folder.length + 1);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import boundaries between the folders of this repo' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          zones: { type: 'array', items: { type: 'object' } },
        },
        required: ['root', 'zones'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{file}} must not import {{target}}: {{reason}} (see docs/architecture.md).',
    },
  },
  create(context) {
    /** @type {Options} */
    const { root, zones } = context.options[0];
    const file = toPosix(relative(root, context.filename));
    if (file.startsWith('../') || isAbsolute(file)) return {};

    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      // Bare specifiers are packages (zod, node:fs); only paths can cross our own folders.
      if (!specifier.startsWith('.') && !isAbsolute(specifier)) return;
      const target = toPosix(relative(root, resolve(dirname(context.filename), specifier)));
      for (const zone of zones) {
        const reason = 'isolate' in zone ? isolationBreach(zone, target) : zoneBreach(zone, target);
        if (reason) {
          context.report({ node, messageId: 'forbidden', data: { file, target, reason } });
          return;
        }
      }
    };

    const zoneBreach = (zone, target) => {
      if (!isUnder(file, zone.from) || isUnder(target, zone.from)) return undefined;
      if (!zone.forbidden.some((area) => isUnder(target, area))) return undefined;
      if ((zone.allowed ?? []).some((area) => isUnder(target, area))) return undefined;
      return zone.message ?? `${zone.from}/ may not import ${zone.forbidden.join(', ')}`;
    };

    const isolationBreach = (zone, target) => {
      const own = childOf(file, zone.isolate);
      const other = childOf(target, zone.isolate);
      if (own === undefined || other === undefined || own === other) return undefined;
      return zone.message ?? `the folders of ${zone.isolate}/ do not import each other`;
    };

    const fromSource = (node) => {
      if (node.source) check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
      },
      TSImportType(node) {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
    };
  },
};

export default { rules: { 'import-zones': importZones } };
