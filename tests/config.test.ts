import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosmiconfig } from 'cosmiconfig';
import { ConfigLoader, MODULE_NAME, SEARCH_PLACES } from '../src/config/load.js';
import { configSchema } from '../src/config/schema.js';
import { ConfigError } from '../src/errors.js';
import { rules } from '../rules/index.js';
import { registryOf } from '../src/engine/registry.js';

const registry = registryOf(rules);
import { runCli, tempTree, SKIP_LINK_ARTICLE } from './helpers/cli.js';

const activeIds = async (loader: ConfigLoader, file: string) => (await loader.forFile(file)).rules.map((r) => `${r.rule.meta.id}:${r.severity}`);

describe('config discovery', () => {
  const formats: Record<string, string> = {
    '.articlelintrc': '{"rules": {"no-skip-link": "warn"}}',
    '.articlelintrc.json': '{"rules": {"no-skip-link": "warn"}}',
    '.articlelintrc.yaml': 'rules:\n  no-skip-link: warn\n',
    '.articlelintrc.yml': 'rules:\n  no-skip-link: warn\n',
    '.articlelintrc.cjs': 'module.exports = { rules: { "no-skip-link": "warn" } };',
    '.articlelintrc.mjs': 'export default { rules: { "no-skip-link": "warn" } };',
    'articlelint.config.mjs': 'export default { rules: { "no-skip-link": "warn" } };',
    'package.json': '{"name": "x", "articlelint": {"rules": {"no-skip-link": "warn"}}}',
  };
  for (const [name, content] of Object.entries(formats)) {
    it(`finds ${name} in a parent folder of the linted file`, async () => {
      const root = tempTree({ [name]: content, 'deep/er/a.txt': 'x' });
      const loader = new ConfigLoader({ registry, cwd: root });
      expect(await activeIds(loader, path.join(root, 'deep/er/a.txt'))).toEqual(['no-skip-link:1']);
      expect((await loader.forFile(path.join(root, 'deep/er/a.txt'))).configFile).toBe(path.join(root, name));
    });
  }

  it('the nearest config wins, and extends presets', async () => {
    const root = tempTree({
      '.articlelintrc.json': '{"rules": {"no-skip-link": "warn"}}',
      'sub/.articlelintrc.json': '{"extends": "articlelint:recommended", "rules": {"repeated-words": "off"}}',
      'sub/a.txt': 'x',
      'b.txt': 'x',
    });
    const loader = new ConfigLoader({ registry, cwd: root });
    expect(await activeIds(loader, path.join(root, 'b.txt'))).toEqual(['no-skip-link:1']);
    const sub = await activeIds(loader, path.join(root, 'sub/a.txt'));
    expect(sub).toContain('no-skip-link:2');
    expect(sub.some((s) => s.startsWith('repeated-words'))).toBe(false);
  });

  it('without any config file the recommended preset applies', async () => {
    const root = tempTree({ 'a.txt': 'x' });
    const loader = new ConfigLoader({ registry, cwd: root });
    const ids = await activeIds(loader, path.join(root, 'a.txt'));
    const recommended = rules.filter((r) => r.meta.recommended).map((r) => r.meta.id);
    expect(ids.map((s) => s.split(':')[0])).toEqual(recommended);
  });

  it('overrides apply by glob, relative to the config file', async () => {
    const root = tempTree({
      '.articlelintrc.json': JSON.stringify({ rules: { 'no-skip-link': 'error' }, overrides: [{ files: ['drafts/**'], rules: { 'no-skip-link': 'off' } }] }),
      'drafts/a.txt': 'x',
      'final/a.txt': 'x',
    });
    const loader = new ConfigLoader({ registry, cwd: root });
    expect(await activeIds(loader, path.join(root, 'drafts/a.txt'))).toEqual([]);
    expect(await activeIds(loader, path.join(root, 'final/a.txt'))).toEqual(['no-skip-link:2']);
  });

  it('rule options are merged over the rule defaults', async () => {
    const root = tempTree({ '.articlelintrc.json': '{"rules": {"readability": ["warn", {"age": 30}]}}', 'a.txt': 'x' });
    const loader = new ConfigLoader({ registry, cwd: root });
    const [active] = (await loader.forFile(path.join(root, 'a.txt'))).rules;
    expect(active!.options).toMatchObject({ age: 30 });
    expect(Object.keys(active!.options).length).toBeGreaterThan(1);
  });

  // The loader skips folders with nothing cosmiconfig would read (src/config/load.ts); the config it
  // finds must still be the one cosmiconfig's own 'project' search finds, from every folder.
  it('finds, from every folder, the config file cosmiconfig itself finds', async () => {
    const root = tempTree({
      'outer/.articlelintrc.json': '{"rules": {"no-skip-link": "warn"}}',
      'outer/a/b/c/x.txt': 'x',
      'outer/a/b/.articlelintrc.yaml': 'rules:\n  repeated-words: warn\n',
      'outer/a/b/d/x.txt': 'x',
      'outer/proj/package.json': '{"name": "proj"}',
      'outer/proj/src/deep/x.txt': 'x',
      'outer/yaml-proj/package.yaml': 'name: yaml-proj\n',
      'outer/yaml-proj/x.txt': 'x',
      'outer/odd/.articlelintrc.json/keep.txt': 'a folder by a config name',
      'outer/odd/x.txt': 'x',
      'outer/pkg/package.json': '{"name": "pkg", "articlelint": {"rules": {"whitespace": "warn"}}}',
      'outer/pkg/lib/x.txt': 'x',
    });
    const dirs = ['outer/a/b/c', 'outer/a/b/d', 'outer/a/b', 'outer/a', 'outer/proj/src/deep', 'outer/proj', 'outer/yaml-proj', 'outer/odd', 'outer/pkg/lib', 'outer'];
    const loader = new ConfigLoader({ registry, cwd: root });
    const explorer = cosmiconfig(MODULE_NAME, { searchStrategy: 'project', searchPlaces: SEARCH_PLACES });
    for (const dir of dirs) {
      const expected = await explorer.search(path.join(root, dir));
      const found = (await loader.forFile(path.join(root, dir, 'x.txt'))).configFile;
      expect({ dir, found }).toEqual({ dir, found: expected && !expected.isEmpty ? expected.filepath : undefined });
    }
    // Not vacuous: the tree has folders with their own config, inherited ones and project roots without one.
    expect((await loader.forFile(path.join(root, 'outer/a/b/c/x.txt'))).configFile).toBe(path.join(root, 'outer/a/b/.articlelintrc.yaml'));
    expect((await loader.forFile(path.join(root, 'outer/proj/src/deep/x.txt'))).configFile).toBeUndefined();
    expect((await loader.forFile(path.join(root, 'outer/odd/x.txt'))).configFile).toBe(path.join(root, 'outer/.articlelintrc.json'));
  });

  it('extends a config file by relative path', async () => {
    const root = tempTree({ 'base.json': '{"rules": {"no-skip-link": "warn"}}', 'proj/.articlelintrc.json': '{"extends": "../base.json", "rules": {"repeated-words": "error"}}', 'proj/a.txt': 'x' });
    const loader = new ConfigLoader({ registry, cwd: root });
    expect(await activeIds(loader, path.join(root, 'proj/a.txt'))).toEqual(expect.arrayContaining(['no-skip-link:1', 'repeated-words:2']));
  });
});

describe('config validation', () => {
  const invalid: [string, string, RegExp][] = [
    ['unknown rule id, with the closest suggested', '{"rules": {"no-skiplink": "error"}}', /rules\.no-skiplink: unknown rule "no-skiplink" \(did you mean "no-skip-link"\?\)/],
    ['bad severity', '{"rules": {"no-skip-link": "loud"}}', /rules\.no-skip-link/],
    ['bad option', '{"rules": {"readability": ["warn", {"age": "old"}]}}', /rules\.readability\.age: bad option/],
    ['unknown top-level key', '{"rulez": {}}', /additional properties "rulez"/],
    ['unknown preset', '{"extends": "articlelint:strictest"}', /extends: unknown preset "articlelint:strictest"/],
    ['missing extended file', '{"extends": "./nope.json"}', /extends|nope\.json/],
    ['malformed JSON', '{"rules": {', /cannot parse config/],
  ];
  for (const [name, content, pattern] of invalid) {
    it(`${name}: one line naming the file and key, exit 2`, async () => {
      const root = tempTree({ '.articlelintrc.json': content, 'a.txt': SKIP_LINK_ARTICLE });
      const run = await runCli(['a.txt'], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).toContain('.articlelintrc.json');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('malformed YAML and JS configs are one-line errors too', async () => {
    for (const [name, content] of [['.articlelintrc.yaml', 'rules: [unclosed'], ['.articlelintrc.cjs', 'module.exports = {;']]) {
      const root = tempTree({ [name]: content!, 'a.txt': 'x' });
      const run = await runCli(['a.txt'], { cwd: root });
      expect(run.code, name).toBe(2);
      expect(run.stderr).toContain(name);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('throws ConfigError from the loader API', async () => {
    const root = tempTree({ 'a.txt': 'x' });
    const loader = new ConfigLoader({ registry, cwd: root, baseConfig: { rules: { nope: 'error' } } });
    await expect(loader.forFile(path.join(root, 'a.txt'))).rejects.toBeInstanceOf(ConfigError);
  });

  it('a top-level "names" key (now a setting) says where it goes', async () => {
    const root = tempTree({ 'a.txt': 'x' });
    const loader = new ConfigLoader({ registry, cwd: root, baseConfig: { names: { ignore: ['Hama'] } } as never });
    await expect(loader.forFile(path.join(root, 'a.txt'))).rejects.toThrow(/"names" \(write it as "settings": \{ "names": … \}\)/);
  });

  it('the shipped JSON Schema file is the one the code validates with', () => {
    const shipped = JSON.parse(readFileSync(new URL('../schema/articlelintrc.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(configSchema)));
  });
});
