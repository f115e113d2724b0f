/** Built-in formatters by name; `--format` also accepts a path to a module. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import compact from './compact.js';
import github from './github.js';
import html from './html.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

export const formatters: Record<string, Formatter> = { stylish, json, compact, github, sarif, junit, html };

export async function getFormatter(name: string, cwd = process.cwd()): Promise<Formatter> {
  const builtin = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (builtin) return builtin;
  if (/[\\/.]/.test(name)) {
    try {
      const mod = await import(pathToFileURL(path.resolve(cwd, name)).href);
      const fn = mod.default ?? mod;
      if (typeof fn === 'function') return fn as Formatter;
    } catch (error) {
      throw new UsageError(`cannot load formatter "${name}": ${(error as Error).message.split('\n')[0]}`);
    }
    throw new UsageError(`formatter module "${name}" does not export a function`);
  }
  throw new UsageError(`unknown format "${name}" (use ${Object.keys(formatters).join(', ')}, or a path to a formatter module)`);
}
