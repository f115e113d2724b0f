#!/usr/bin/env node
// Entry point. The bundle (dist/bundle, built by `npm install` / `npm run build`) starts
// fastest; the compiled modules (dist/src) are used when there is no bundle or it is older
// than them (a `tsc` run after the last bundle), so a rebuild of dist/src is never shadowed.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 compiles hot functions in background threads, once per thread that runs them (main and
// each worker: the flags are the process's, so workers get them too). Inlining makes those
// compiles several times slower for the large analysis functions of the rules: without it a
// 1,000-article run spends ~1.3 s less CPU time in compiler threads (a third of them), at the
// same speed of the linting thread, and worker threads scale better on a small machine, where
// compiler threads take cores from them.
setFlagsFromString('--no-turbo-inlining');
// The few functions of more than 3,000 bytes of bytecode (whole-document analyses that run once
// per document, such as the name clustering) stay in baseline code: optimizing one costs
// 100-400 ms of compiler time per thread, often twice after a deoptimisation, for code that
// takes ~3% of a run and is about as fast unoptimized (most of its time is in its callees).
setFlagsFromString('--max-optimized-bytecode-size=3000');
// By default a regular expression is compiled twice: to bytecode for its first run, then to
// machine code for its second. Nearly every expression of the rules runs on every document, so
// compiling each to machine code at once saves the first compile (and the parse it repeats,
// which for the ~100 Unicode property classes like \p{L} means rebuilding ICU sets), ~4% of
// the instructions of a cold start and of each worker's start.
setFlagsFromString('--no-regexp-tier-up');

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = mtime('../dist/bundle/cli.mjs');
const compiled = mtime('../dist/src/cli/main.js');
const useBundle = bundled !== undefined && (compiled === undefined || bundled >= compiled);
const { main, processIO } = await import(useBundle ? '../dist/bundle/cli.mjs' : '../dist/src/cli/main.js');

process.exitCode = await main(process.argv.slice(2), processIO());
