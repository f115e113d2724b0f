#!/usr/bin/env node
// Entry point. The bundle (dist/bundle, built by `npm install` / `npm run build`) starts
// fastest; the compiled modules (dist/src) are used when there is no bundle or it is older
// than them (a `tsc` run after the last bundle), so a rebuild of dist/src is never shadowed.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 compiles hot functions in background threads, once per thread that runs them (main and
// each worker). Inlining makes those compiles several times slower for the large analysis
// functions of the rules: without it a 1,000-article run spends ~1.3 s less CPU time in
// compiler threads (a third of them), at the same speed of the linting thread, and worker
// threads scale better on a small machine, where compiler threads take cores from them.
setFlagsFromString('--no-turbo-inlining');

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = mtime('../dist/bundle/cli.mjs');
const compiled = mtime('../dist/src/cli/main.js');
const useBundle = bundled !== undefined && (compiled === undefined || bundled >= compiled);
const { main, processIO } = await import(useBundle ? '../dist/bundle/cli.mjs' : '../dist/src/cli/main.js');

process.exitCode = await main(process.argv.slice(2), processIO());
