/** Built-in formatters by name; `--format` also loads formatter packages and modules, as ESLint's -f does. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** Built-in formats that read the article text from results (HTML shows it, SARIF places fixes by it). */
export const needsSource = (format: string) => format === 'html' || format === 'sarif';

const PACKAGE_PREFIX = 'articlelint-formatter-';

/** ESLint's naming: `x` → `articlelint-formatter-x`, `@scope/x` → `@scope/articlelint-formatter-x`, `@scope` → `@scope/articlelint-formatter`. */
export function formatterPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2) as [string, string | undefined];
    if (!rest) return `${scope}/${PACKAGE_PREFIX.slice(0, -1)}`;
    return rest.startsWith(PACKAGE_PREFIX) ? name : `${scope}/${PACKAGE_PREFIX}${rest}`;
  }
  return name.startsWith(PACKAGE_PREFIX) ? name : `${PACKAGE_PREFIX}${name}`;
}

/** Resolves a package as if required from a file in `cwd` (ESLint resolves formatters relative to its cwd). */
function resolvePackage(name: string, cwd: string): string | undefined {
  try {
    return createRequire(path.join(cwd, '__placeholder__.js')).resolve(name);
  } catch {
    return undefined;
  }
}

async function loadModule(file: string, name: string): Promise<Formatter> {
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new UsageError(`cannot load formatter "${name}": ${(error as Error).message.split('\n')[0]}`);
  }
  const fn = mod.default ?? mod;
  if (typeof fn !== 'function') throw new UsageError(`formatter "${name}" (${file}) does not export a function`);
  return fn as Formatter;
}

/**
 * A built-in name; a path (anything with a slash that is not a scoped package);
 * else, as ESLint does, the package `articlelint-formatter-<name>`, then `<name>`
 * as a package, then `<name>` as a file.
 */
export async function getFormatter(name: string, cwd = process.cwd()): Promise<Formatter> {
  const builtin = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (builtin) return builtin;
  const normalized = name.replace(/\\/g, '/');
  if (!normalized.startsWith('@') && normalized.includes('/')) return loadModule(path.resolve(cwd, normalized), name);
  const file = resolvePackage(formatterPackageName(normalized), cwd) ?? resolvePackage(normalized, cwd);
  if (file) return loadModule(file, name);
  const local = path.resolve(cwd, normalized);
  if (existsSync(local)) return loadModule(local, name);
  throw new UsageError(
    `unknown format "${name}": not built in (${Object.keys(formatters).join(', ')}), no package ${formatterPackageName(normalized)} or ${normalized}, no such file`,
  );
}
