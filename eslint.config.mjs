// The layering written in docs/architecture.md ("Layers"), checked: an arrow that runs back up, an
// engine that reaches for I/O, or a cycle fails `npm test`. Only import rules are enabled here —
// the type checker already covers the rest, and a linter that cries wolf is switched off.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';
import fs from 'node:fs';
import path from 'node:path';

// The pure engines: plain functions of their inputs, tested in milliseconds, reused everywhere.
const ENGINES = ['./lib/deadlines', './lib/concentration', './lib/pdf', './lib/hsr', './lib/jurisdiction'];

// The vocabulary: zod-only schema files and the enum arrays and types the tables are declared with.
// They sit just above lib/core, so db/schema and the browser can both use them without climbing.
const VOCABULARY = [
  'lib/*/schemas.ts',
  'lib/*/kinds.ts',
  'lib/*/types.ts',
  'lib/documents/confidentiality-kinds.*',
];
// The rule matches a glob zone's exceptions against absolute paths, unresolved: give them absolute.
const abs = (glob) => path.join(process.cwd(), glob);
const VOCABULARY_GLOBS = VOCABULARY.map(abs);

// Every folder of lib/ but the seed, which sits above them all.
const BELOW_SEED = fs.readdirSync('lib', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'seed').map((d) => `./lib/${d.name}`);

const IO_MODULES = ['next', 'next/*', 'next-auth', 'next-auth/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*', 'node:fs', 'fs', 'node:child_process', 'node:net', 'node:http'];

const zones = [
  { target: './app', from: './db', message: 'Pages, actions and routes reach the database only through a verb in lib/ (which checks the wall).' },
  { target: ['./lib', './db'], from: './app', message: 'app/ is the top floor: nothing below imports it.' },
  { target: './lib/core', from: ['./lib', './db'], except: ['./core'], message: 'lib/core is the bottom floor: it imports no feature and no database code.' },
  { target: ENGINES, from: ['./db', './lib'], except: ['./core', './deadlines', './concentration', './pdf', './hsr', './jurisdiction'], message: 'A pure engine imports only lib/core and other engines.' },
  { target: VOCABULARY, from: ['./db/**', './lib/**'], except: [abs('lib/core/**'), ...VOCABULARY_GLOBS], message: 'A schema file imports only zod, lib/core and other schema files (the browser loads it).' },
  { target: './db', from: ['./lib/**'], except: [abs('lib/core/**'), abs('lib/env.*'), ...VOCABULARY_GLOBS], message: 'db/ imports only lib/core, lib/env and the schema files below it.' },
  { target: ['./lib/access', './lib/audit', './lib/wall'], from: ['./lib/cases', './lib/reviews', './lib/markets', './lib/checklists', './lib/documents', './lib/calendars', './lib/notifications', './lib/evidence', './lib/feeds', './lib/users', './lib/seed'], message: 'The wall and the audit trail sit below every feature.' },
  // The holiday-calendar admin saves a year and re-audits the review deadlines it moves, so it sits
  // above reviews; reviews read the calendars through lib/reviews/load-calendars.ts.
  { target: './lib/reviews', from: ['./lib/calendars/**'], except: [abs('lib/calendars/schemas.*')], message: 'Reviews sit below the calendar admin: read calendars with lib/reviews/load-calendars.' },
  { target: './lib/notifications', from: ['./lib/checklists', './lib/reviews', './lib/documents'], message: 'Notifications sit below the features that notify.' },
  { target: BELOW_SEED, from: './lib/seed', message: 'The demo seed is an application script above the verbs it calls.' },
];

export default [
  { ignores: ['node_modules/**', '.next*/**', 'data/**', 'artifacts/**', 'db/migrations/**', 'next-env.d.ts'] },
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // How to read the modules an import leads to (no-cycle follows them): as TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ENGINES.map((e) => `${e.slice(2)}/**/*.ts`),
    ignores: ['lib/pdf/fonts.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: IO_MODULES, message: 'A pure engine does no I/O: take what it needs as arguments.' }] }] },
  },
  {
    // The one exception, written down: the font files shipped with the code are read once per process.
    files: ['lib/pdf/fonts.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: IO_MODULES.filter((m) => m !== 'node:fs'), message: 'A pure engine does no I/O.' }] }] },
  },
];
