#!/usr/bin/env node
/**
 * Bundles the CLI for start-up speed (`npm run build`, also run by `npm install`
 * through `prepare`): dist/bundle/cli.mjs and the worker-thread entry
 * dist/bundle/worker.mjs, sharing one chunk with the engine, the rules and their
 * dependencies. Loading one module instead of ~400 files saves most of the
 * start-up; what the CLI imports dynamically (ajv, remark-parse, tinypool, the
 * JSONL and hook commands) stays in chunks of its own, loaded on first use.
 * bin/articlelint.js prefers the bundle when it is at least as new as dist/src.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/engine/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // Resolved from node_modules at run time: tinypool starts workers from its own entry file, and
  // cosmiconfig loads typescript only for a .ts config file.
  external: ['tinypool', 'typescript'],
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});
