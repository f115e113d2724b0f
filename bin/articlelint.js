#!/usr/bin/env node
// Entry point. The bundle (dist/bundle, built by `npm install` / `npm run build`) starts
// fastest; the compiled modules (dist/src) are used when there is no bundle or it is older
// than them (a `tsc` run after the last bundle), so a rebuild of dist/src is never shadowed.
import { statSync } from 'node:fs';

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = mtime('../dist/bundle/cli.mjs');
const compiled = mtime('../dist/src/cli/main.js');
const useBundle = bundled !== undefined && (compiled === undefined || bundled >= compiled);
const { main, processIO } = await import(useBundle ? '../dist/bundle/cli.mjs' : '../dist/src/cli/main.js');

process.exitCode = await main(process.argv.slice(2), processIO());
