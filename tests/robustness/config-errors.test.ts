/**
 * Broken configuration in every supported format: one line on stderr naming
 * the config file and the cause, exit 2, no stack trace (unless --debug).
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectOneLineErrors, removeTree, runBuilt, tempDir, writeTree } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
  writeTree(dir, { 'a.txt': 'Skip to content\n\nThe delegation arrived on Sunday.\n' });
});
afterEach(() => removeTree(dir));

/** Each supported config file, broken the way a hand edit breaks it, and a word its parser's complaint contains. */
const MALFORMED: [file: string, content: string, cause: RegExp][] = [
  ['.articlelintrc', '{ "rules": { "no-skip-link": ', /unexpected|expected|end of/i],
  ['.articlelintrc.json', '{ "rules": { "no-skip-link": "error", } ', /unexpected|expected|position|end of/i],
  ['.articlelintrc.yaml', 'rules:\n  no-skip-link: [error\n  other: : :\n', /unexpected|expected|flow|end of|indentation/i],
  ['.articlelintrc.yml', 'rules: {no-skip-link: error\n', /unexpected|expected|flow|end of/i],
  ['.articlelintrc.js', 'export default { rules: { "no-skip-link": "error" ', /unexpected|expected|end of/i],
  ['.articlelintrc.cjs', 'module.exports = { rules: ', /unexpected|expected|end of/i],
  ['.articlelintrc.mjs', 'export default { rules: ;', /unexpected|expected|token/i],
  ['articlelint.config.js', 'export default {{', /unexpected|expected|token/i],
  ['articlelint.config.mjs', 'export default = 3;', /unexpected|expected|token/i],
  ['package.json', '{ "name": "x", "articlelint": { "rules": ', /unexpected|expected|position|end of/i],
];

describe('malformed config files', () => {
  for (const [file, content, cause] of MALFORMED) {
    it(`${file}: one line naming the file and the parse error, exit 2`, async () => {
      writeTree(dir, { [file]: content });
      const r = await runCli(['a.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const [line] = expectOneLineErrors(r.stderr);
      const where = path.join(dir, file);
      expect(line).toContain(where);
      // The cause, not just "cannot parse": what the parser complained about. JavaScript
      // configs are checked through the built CLI, because in-process they go through
      // vitest's own module loader, whose errors are not the ones users see.
      const isJs = /\.(c|m)?js$/.test(file);
      const shown = isJs ? expectOneLineErrors(runBuilt(['a.txt'], { cwd: dir }).stderr)[0]! : line!;
      expect(shown).toContain(where);
      expect(shown.slice(shown.indexOf(where) + where.length)).toMatch(cause);
    });
  }

  it('a config that is valid syntax but the wrong shape: one line naming the file', async () => {
    writeTree(dir, { '.articlelintrc.json': '{ "rules": { "no-skip-link": "loud" } }' });
    const r = await runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(expectOneLineErrors(r.stderr)[0]).toContain('.articlelintrc.json');
  });

  it('the package.json "articlelint" key with a wrong type: one line naming package.json', async () => {
    writeTree(dir, { 'package.json': '{ "name": "x", "articlelint": 5 }' });
    const r = await runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(expectOneLineErrors(r.stderr)[0]).toContain('package.json');
  });

  it('--debug adds the stack trace', async () => {
    writeTree(dir, { '.articlelintrc.json': '{ "extends": "articlelint:nope" }' });
    const r = await runCli(['a.txt', '--debug'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^articlelint: .*\.articlelintrc\.json/);
    expect(r.stderr).toMatch(/^\s+at /m);
  });

  it('the built CLI: a malformed config is one line, exit 2', () => {
    writeTree(dir, { '.articlelintrc.yml': 'rules: {no-skip-link: error\n' });
    const r = runBuilt(['a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(expectOneLineErrors(r.stderr)[0]).toContain('.articlelintrc.yml');
  });

  it('the built CLI run where package.json itself is malformed: one line naming it, exit 2', () => {
    // cosmiconfig reads package.json of the working directory as soon as it is created.
    writeTree(dir, { 'package.json': '{ "name": "x", "articlelint": { "rules": ' });
    const r = runBuilt(['a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toContain(path.join(dir, 'package.json'));
    expect(line).toMatch(/unexpected|expected|end of/i);
  });
});

describe('config naming something missing', () => {
  it('a missing preset: one line naming the config and the preset', async () => {
    writeTree(dir, { '.articlelintrc.json': '{ "extends": "articlelint:strictest" }' });
    const r = await runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toContain(path.join(dir, '.articlelintrc.json'));
    expect(line).toContain('articlelint:strictest');
  });
  it('a missing extended file or plugin: one line naming the config and the missing name', async () => {
    for (const missing of ['./shared/base.json', 'articlelint-plugin-nowhere']) {
      writeTree(dir, { '.articlelintrc.json': JSON.stringify({ extends: missing }) });
      const r = await runCli(['a.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      const [line] = expectOneLineErrors(r.stderr);
      expect(line).toContain(path.join(dir, '.articlelintrc.json'));
      expect(line).toContain(missing);
    }
  });
  it('an extended file that is itself malformed: one line naming it', async () => {
    writeTree(dir, { '.articlelintrc.json': '{ "extends": "./base.yaml" }', 'base.yaml': 'rules: [: :' });
    const r = await runCli(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(expectOneLineErrors(r.stderr)[0]).toContain('base.yaml');
  });
  it('-c naming a config file that does not exist: one line, exit 2', async () => {
    const r = await runCli(['a.txt', '-c', 'nope.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(expectOneLineErrors(r.stderr)[0]).toContain('nope.json');
  });
});
