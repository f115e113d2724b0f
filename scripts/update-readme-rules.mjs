#!/usr/bin/env node
/** `npm run docs`: rewrites the rule table in README.md from the rules' metadata. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { rules } = await import(path.join(root, 'dist/rules/index.js'));

export function ruleTable(list) {
  const rows = list.map(({ meta: m }) => `| [\`${m.id}\`](${m.docs}) | ${m.category} | ${m.recommended ? m.severity : 'off'} | ${m.fixable ?? ''} | ${m.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | category | default | fix | what it forbids |', '|---|---|---|---|---|', ...rows].join('\n');
}

const readmePath = path.join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a === -1 || b === -1) throw new Error('README.md has no rule-table markers');
const next = `${readme.slice(0, a + start.length)}\n${ruleTable(rules)}\n${readme.slice(b)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md rule table is out of date: run npm run docs');
    process.exit(1);
  }
} else writeFileSync(readmePath, next);
