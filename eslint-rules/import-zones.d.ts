// Types for the JS rule (eslint.config.js loads it without a TypeScript loader).
import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: Record<'import-zones', Rule.RuleModule> };
export default plugin;
