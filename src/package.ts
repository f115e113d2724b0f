/** articlelint's own package: its root folder and version, found from src/ and dist/src/ alike. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function readManifest(dir: string): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
  } catch {
    return undefined;
  }
}

function findPackageRoot(): string | undefined {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (readManifest(dir)?.name === 'articlelint') return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folder with articlelint's package.json (undefined when it cannot be found). */
export const packageRoot = findPackageRoot();

let cachedVersion: string | undefined;

export function version(): string {
  cachedVersion ??= (packageRoot && readManifest(packageRoot)?.version) || '0.0.0';
  return cachedVersion;
}
