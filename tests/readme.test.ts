import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the two set-up commands', () => {
    expect(readme).toContain('npm install && npx articlelint seeds/');
    expect(readme).toContain('npm test');
  });
  it('lists every rule in the generated table with its current metadata', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    const rows = table.split('\n').filter((l) => l.startsWith('| [`'));
    expect(rows.map((r) => /\[`([^`]+)`\]/.exec(r)![1])).toEqual(rules.map((r) => r.meta.id));
    for (const { meta } of rules) {
      const row = rows.find((r) => r.includes(`[\`${meta.id}\`]`))!;
      expect(row).toContain(`| ${meta.category} | ${meta.recommended ? meta.severity : 'off'} |`);
    }
  });
});
