/**
 * Where a rule's documentation lives. Each rule has a generated page
 * `docs/rules/<id>.md` (from its header comment, `npm run docs`) that ships
 * in the package. Its URL is derived from the id, as ESLint plugins do: the
 * repository of package.json at this version's tag when one is named, else
 * the file in the installed package (readable offline, always this version).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from './package.js';

export { packageRoot };

export interface PackageInfo {
  version: string;
  homepage?: string;
  repositoryUrl?: string;
}

let info: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  info ??= readPackageInfo();
  return info;
}

function readPackageInfo(): PackageInfo {
  if (!packageRoot) return { version: '0.0.0' };
  try {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const repositoryUrl = repo
      ?.replace(/^git\+/, '')
      .replace(/\.git$/, '')
      .replace(/^github:/, 'https://github.com/');
    return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage, repositoryUrl: repositoryUrl?.startsWith('http') ? repositoryUrl : undefined };
  } catch {
    return { version: '0.0.0' };
  }
}

/** Path of the generated page inside the package, relative to its root. */
export const ruleDocsPath = (id: string) => `docs/rules/${id}.md`;

const urls = new Map<string, string | undefined>();

/** The URL a person opens to read about a rule. */
export function ruleDocsUrl(id: string, pkg?: PackageInfo): string | undefined {
  if (pkg) return urlOf(id, pkg);
  if (!urls.has(id)) urls.set(id, urlOf(id, packageInfo()));
  return urls.get(id);
}

function urlOf(id: string, pkg: PackageInfo): string | undefined {
  if (pkg.repositoryUrl) return `${pkg.repositoryUrl}/blob/v${pkg.version}/${ruleDocsPath(id)}`;
  if (!packageRoot) return undefined;
  return pathToFileURL(path.join(packageRoot, ruleDocsPath(id))).href;
}

/** The text of a rule's generated page, when the package has it. */
export function ruleDocsText(id: string): string | undefined {
  if (!packageRoot) return undefined;
  try {
    return readFileSync(path.join(packageRoot, ruleDocsPath(id)), 'utf8').trim();
  } catch {
    return undefined;
  }
}
