#!/usr/bin/env node
// Entry point: the compiled CLI (built by `npm install` through the prepare script).
import { main, processIO } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2), processIO());
