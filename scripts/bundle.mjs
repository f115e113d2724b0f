#!/usr/bin/env node
/**
 * Bundles the CLI for start-up speed (`npm run build`, also run by `npm install`
 * through `prepare`): dist/bundle/cli.mjs, the worker-thread entry
 * dist/bundle/worker.mjs and the built-in rules dist/bundle/rules.mjs (which the
 * engine loads by path), sharing chunks for the engine and the dependencies. Loading one module instead of ~400 files saves most of the
 * start-up; what the CLI imports dynamically (ajv, remark-parse, the JSONL
 * and hook commands) stays in chunks of its own, loaded on first use. The encoding
 * detector and the legacy decoders (src/engine/decode.ts) are required from node_modules on first
 * use, so a run over valid UTF-8 files never loads them.
 * The built-in rules entry (rules.mjs) lists every rule's meta, written here as JSON, and loads
 * the rule modules (a chunk of their own) on first use (src/engine/lazy-rules.ts): a warm cached
 * run and the main thread of a run in workers never load them.
 * The config-shape validator (src/config/shape-validator.ts) is precompiled: ajv's standalone
 * code for the schema takes the module's place, so checking a config file loads no ajv.
 * bin/articlelint.js prefers the bundle when it is at least as new as dist/src.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');

// The engine loads the built-in rules by module path (src/engine/registry.ts): in the bundle that
// module is the rules entry beside the chunks, not rules/index.js of the source tree.
const BUILTIN_RULES = "new URL('../../rules/index.js', import.meta.url)";
const builtinRulesEntry = {
  name: 'builtin-rules-entry',
  setup(build) {
    build.onLoad({ filter: /src[\\/]engine[\\/]registry\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(BUILTIN_RULES)) throw new Error(`bundle: ${args.path} no longer names the built-in rules as ${BUILTIN_RULES}`);
      return { contents: source.replace(BUILTIN_RULES, "new URL('./rules.mjs', import.meta.url)"), loader: 'ts' };
    });
  },
};

/** ajv's standalone code for the config schema, compiled with the options src/config/ajv.ts uses. */
async function shapeValidatorSource() {
  const { outputFiles } = await build({
    absWorkingDir: root,
    stdin: { contents: "export { configSchema } from './src/config/schema.ts'; export { AJV_OPTIONS } from './src/config/ajv.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const { configSchema, AJV_OPTIONS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const { default: Ajv } = await import('ajv');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const validate = ajv.compile(configSchema);
  return `${standaloneCode(ajv, validate)}\nexport async function shapeValidator() { return validate; }\n`;
}
const SHAPE_VALIDATOR = await shapeValidatorSource();
const precompiledShapeValidator = {
  name: 'precompiled-shape-validator',
  setup(build) {
    build.onLoad({ filter: /src[\\/]config[\\/]shape-validator\.ts$/ }, () => ({ contents: SHAPE_VALIDATOR, loader: 'js', resolveDir: root }));
  },
};

/**
 * franc-min builds its trigram tables for every language when its module loads (~40 ms of a
 * cold start, and again in each worker thread), but the rules ask franc only about text that is
 * not plainly English: the tables are built on franc's first call instead, the same way.
 */
const FRANC_TABLES_START = 'const numericData = {}\n';
const FRANC_TABLES_END = 'export function franc(';
const FRANC_USES = ['!(script[0] in numericData)', 'numericData[script[0]]'];
const lazyFrancTables = {
  name: 'lazy-franc-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]franc-min[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const start = source.indexOf(FRANC_TABLES_START);
      const end = source.indexOf(FRANC_TABLES_END);
      const once = (text) => source.split(text).length === 2;
      if (start === -1 || end < start || !once(FRANC_TABLES_START) || !FRANC_USES.every(once)) {
        throw new Error(`bundle: ${args.path} no longer builds its tables as lazy-franc-tables expects`);
      }
      const tables = source.slice(start + FRANC_TABLES_START.length, end);
      const lazy = `let numericData\nfunction trigramData() {\n  if (!numericData) {\n  numericData = {}\n${tables}  }\n  return numericData\n}\n\n`;
      let contents = source.slice(0, start) + lazy + source.slice(end);
      contents = contents.replace(FRANC_USES[0], '!(script[0] in trigramData())').replace(FRANC_USES[1], 'trigramData()[script[0]]');
      return { contents, loader: 'js' };
    });
  },
};

// Bundled CommonJS dependencies call require() for Node built-ins, and cosmiconfig's import-fresh
// (a .js config file) reads __filename and __dirname.
const banner = {
  js: [
    "import { createRequire as __bundleRequire } from 'node:module';",
    "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';",
    "import { dirname as __bundleDirname } from 'node:path';",
    'const require = __bundleRequire(import.meta.url);',
    'const __filename = __bundleFileURLToPath(import.meta.url);',
    'const __dirname = __bundleDirname(__filename);',
  ].join(' '),
};

/** Every built-in rule's meta (checked to be plain JSON) and whether it has corpus hooks. */
async function ruleEntries() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-bundle-'));
  try {
    const file = path.join(dir, 'rules.mjs');
    await build({ absWorkingDir: root, entryPoints: ['rules/index.ts'], outfile: file, bundle: true, format: 'esm', platform: 'node', target: 'node20', banner, logLevel: 'warning' });
    const { rules } = await import(pathToFileURL(file).href);
    return rules.map((rule) => {
      const meta = JSON.parse(JSON.stringify(rule.meta));
      if (!isDeepStrictEqual(meta, rule.meta)) throw new Error(`bundle: the meta of rule "${rule.meta.id}" is not plain JSON`);
      return { meta, corpus: !!rule.corpus };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const RULES_ENTRY = `import { lazyRules } from './src/engine/lazy-rules.ts';
export const rules = lazyRules(${JSON.stringify(await ruleEntries())}, () => import('./rules/index.ts'));
`;
const lazyRulesEntry = {
  name: 'lazy-rules-entry',
  setup(build) {
    build.onResolve({ filter: /^articlelint:rules-entry$/ }, () => ({ path: 'rules-entry', namespace: 'articlelint' }));
    build.onLoad({ filter: /.*/, namespace: 'articlelint' }, () => ({ contents: RULES_ENTRY, loader: 'js', resolveDir: root }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/engine/worker.ts', rules: 'articlelint:rules-entry' },
  plugins: [builtinRulesEntry, precompiledShapeValidator, lazyRulesEntry, lazyFrancTables],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // Resolved from node_modules at run time: cosmiconfig loads typescript only for a .ts config file.
  external: ['typescript'],
  banner,
  logLevel: 'warning',
});
