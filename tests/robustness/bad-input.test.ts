/**
 * Hostile input on disk: every case is a real file in a temp folder, linted
 * through the CLI in-process (and a few through the built CLI). Each one must
 * give one clear line naming the file and the cause, leave the other files
 * linted, exit with the right code and print no stack trace.
 */
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { decodeBytes } from '../../src/engine/decode.js';
import { discoverFiles } from '../../src/engine/files.js';
import { lintFileList } from '../../src/engine/lint.js';
import { ConfigLoader } from '../../src/config/load.js';
import { rules } from '../../rules/index.js';
import { registryOf } from '../../src/engine/registry.js';

const registry = registryOf(rules);
import {
  expectOneLineErrors,
  parseJson,
  removeTree,
  resultFor,
  RESIDUE,
  ruleIds,
  runBuilt,
  strayTempFiles,
  tempDir,
  TWO_RULES_CONFIG,
  unreadableRunOptions,
  writeTree,
} from './helpers.js';

const ARTICLE = `${RESIDUE}\n\nTalks resume in Cairo\n\nThe delegation arrived on Sunday.\n`;
const FIXED = 'Talks resume in Cairo\n\nThe delegation arrived on Sunday.\n';

let dir: string;
beforeEach(() => {
  dir = tempDir();
  writeTree(dir, { '.articlelintrc.json': TWO_RULES_CONFIG });
});
afterEach(() => {
  // Undo permission changes so the folder can be removed.
  try {
    execFileSync('chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' });
  } catch {
    // nothing to undo
  }
  removeTree(dir);
});

const lint = (args: string[], stdin?: string) => runCli(['--format', 'json', ...args], { cwd: dir, stdin });

describe('empty and whitespace-only files', () => {
  it('an empty file lints clean (exit 0) and the others are still linted', async () => {
    writeTree(dir, { 'empty.txt': '', 'good.txt': ARTICLE });
    const r = await lint(['.']);
    expect(r.stderr).toBe('');
    const results = parseJson(r.stdout);
    expect(resultFor(results, 'empty.txt').messages).toEqual([]);
    expect(ruleIds(resultFor(results, 'good.txt'))).toContain('no-skip-link');
    expect(r.code).toBe(1);
    expect((await lint(['empty.txt'])).code).toBe(0);
  });
  it('a whitespace-only file lints clean and --fix leaves it byte for byte', async () => {
    const ws = ' \n\t\n\r\n   \n\n';
    writeTree(dir, { 'ws.txt': ws });
    const r = await lint(['ws.txt']);
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout)[0]!.messages).toEqual([]);
    expect((await lint(['ws.txt', '--fix'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'ws.txt'), 'utf8')).toBe(ws);
  });
});

describe('binary content', () => {
  it('a file with NUL bytes is reported as binary and skipped; the other files are linted (exit 1)', async () => {
    writeTree(dir, { 'bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), 'good.txt': ARTICLE });
    const r = await lint(['.']);
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toMatch(/bin\.txt: .*binary.*skipped/);
    const results = parseJson(r.stdout);
    const bin = resultFor(results, 'bin.txt');
    expect(bin.messages).toHaveLength(1);
    expect(bin.messages[0]!.ruleId).toBeNull();
    expect(ruleIds(resultFor(results, 'good.txt'))).toContain('no-skip-link');
    expect(r.code).toBe(1);
  });
  it('exits 2 when nothing lintable was given', async () => {
    writeTree(dir, { 'a.txt': Buffer.from('PK\u0003\u0004\u0000\u0000binary'), 'b.md': Buffer.alloc(64, 0) });
    const r = await lint(['a.txt', 'b.md']);
    expect(r.code).toBe(2);
    expectOneLineErrors(r.stderr, 2);
  });
  it('--fix never touches a binary file', async () => {
    const bytes = Buffer.concat([Buffer.from(`${RESIDUE}\n\n`), Buffer.from([0, 1, 2, 3])]);
    writeTree(dir, { 'bin.txt': bytes });
    expect((await lint(['bin.txt', '--fix'])).code).toBe(2);
    expect(readFileSync(path.join(dir, 'bin.txt'))).toEqual(bytes);
  });
});

describe('encodings', () => {
  it('invalid UTF-8 in the middle: linted with U+FFFD, and --fix refuses to write (original bytes kept)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${RESIDUE}\n\n“Talks resume,” said José.\n\nThe delegation `),
      Buffer.from([0xff, 0xc3, 0x28]),
      Buffer.from(' arrived on Sunday.\n'),
    ]);
    writeTree(dir, { 'broken.txt': bytes, 'good.txt': ARTICLE });
    const r = await lint(['.']);
    const broken = resultFor(parseJson(r.stdout), 'broken.txt');
    expect(ruleIds(broken)).toContain('no-skip-link');
    expect(r.code).toBe(1);

    const f = await lint(['.', '--fix']);
    const [line] = expectOneLineErrors(f.stderr);
    expect(line).toMatch(/broken\.txt: .*not written.*UTF-8/);
    expect(readFileSync(path.join(dir, 'broken.txt'))).toEqual(bytes);
    expect(readFileSync(path.join(dir, 'good.txt'), 'utf8')).toBe(FIXED);
  });

  const utf16 = (text: string, enc: 'le' | 'be', bom: boolean) => {
    const le = Buffer.from(text, 'utf16le');
    const body = enc === 'le' ? le : Buffer.from(le).swap16();
    const mark = enc === 'le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
    return bom ? Buffer.concat([mark, body]) : body;
  };
  for (const enc of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`UTF-16 ${enc.toUpperCase()} ${bom ? 'with' : 'without'} BOM: linted, and --fix writes the same encoding and BOM`, async () => {
        const text = `${RESIDUE}\r\n\r\nTalks resume in Cairo — “today”.\r\n\r\nThe delegation arrived on Sunday.\r\n`;
        writeTree(dir, { 'u16.txt': utf16(text, enc, bom) });
        const r = await lint(['u16.txt']);
        expect(r.stderr).toBe('');
        const res = parseJson(r.stdout)[0]!;
        expect(res.messages[0]!.ruleId).toBe('no-skip-link');
        expect(res.messages[0]!.line).toBe(1);
        await lint(['u16.txt', '--fix']);
        const expected = 'Talks resume in Cairo — “today”.\r\n\r\nThe delegation arrived on Sunday.\r\n';
        expect(readFileSync(path.join(dir, 'u16.txt'))).toEqual(utf16(expected, enc, bom));
      });
    }
  }

  it('a Latin-1 file is linted, and --fix loses none of its characters (rewritten faithfully or refused)', async () => {
    const text = 'Le café crème de Zoé coûte 3 EUR: très cher à Noël, déjà.\n';
    const latin1 = Buffer.from(`${RESIDUE}\n\n${text}`, 'latin1');
    writeTree(dir, { 'latin1.txt': latin1 });
    const r = await lint(['latin1.txt']);
    expect(r.stderr).toBe('');
    expect(ruleIds(parseJson(r.stdout)[0]!)).toContain('no-skip-link');
    const f = await lint(['latin1.txt', '--fix']);
    const out = readFileSync(path.join(dir, 'latin1.txt'));
    if (out.equals(latin1)) {
      // Not confidently Latin-1: the fix is refused, said in one line, and the bytes are kept.
      expect(expectOneLineErrors(f.stderr)[0]).toMatch(/latin1\.txt: not written/);
    } else {
      const after = decodeBytes(out);
      expect(after.ok && after.text).toBe(text);
    }
  });
});

describe('legacy code pages', () => {
  it('a file read from a legacy code page and fixed is converted to UTF-8, and the run says so in one line', async () => {
    const text = 'The minister said the talks with the caf\u00e9 owners would resume on Monday, and the mayor agreed with him.\n';
    const bytes = Buffer.from(`${RESIDUE}\n\n${text}`, 'latin1');
    // Conversion needs consent: file-encoding's option `convert` (issue 14).
    const consent = JSON.stringify({ extends: 'articlelint:recommended', rules: { 'file-encoding': ['error', { convert: true }] } });
    writeTree(dir, { 'legacy/legacy.txt': bytes, 'legacy/.articlelintrc.json': consent });
    const before = decodeBytes(bytes);
    const f = await lint(['legacy/legacy.txt', '--fix']);
    if (before.ok && before.info.writable && before.info.encoding !== 'utf-8') {
      expect(expectOneLineErrors(f.stderr)[0]).toMatch(/^articlelint: legacy\/legacy\.txt: converted from .+ to UTF-8$/);
      expect(readFileSync(path.join(dir, 'legacy/legacy.txt'), 'utf8')).toBe(text);
    } else {
      // Not recognised as a legacy code page: the bytes must be kept.
      expect(readFileSync(path.join(dir, 'legacy/legacy.txt'))).toEqual(bytes);
    }
  });
});

describe('the encoding detector and legacy decoders', () => {
  it('are loaded only when a file is not valid UTF-8', () => {
    // A fresh process: the compiled decoder, asked about UTF-8 then Latin-1 bytes, says after each step
    // whether the detector or a legacy decoder is in the module cache.
    const probe = `
      import { createRequire } from 'node:module';
      import { pathToFileURL } from 'node:url';
      const { decodeBytes } = await import(pathToFileURL(process.argv[1]).href);
      const cache = createRequire(pathToFileURL(process.argv[1])).cache;
      const loaded = () => Object.keys(cache).some((file) => /[\\\\/]node_modules[\\\\/](iconv-lite|chardet)[\\\\/]/.test(file));
      const atStart = loaded();
      decodeBytes(Buffer.from('Plain UTF-8 text, caf\\u00e9.\\n'));
      const afterUtf8 = loaded();
      const latin1 = decodeBytes(Buffer.from('Caf\\u00e9 cr\\u00e8me and na\\u00efve r\\u00e9sum\\u00e9.\\n', 'latin1'));
      console.log(JSON.stringify([atStart, afterUtf8, loaded(), latin1.ok && latin1.text]));`;
    const decoder = path.resolve('dist/src/engine/decode.js');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe, decoder], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([false, false, true, 'Caf\u00e9 cr\u00e8me and na\u00efve r\u00e9sum\u00e9.\n']);
  });
});

describe('line endings and final newline', () => {
  it('CRLF: --fix keeps CRLF everywhere', async () => {
    writeTree(dir, { 'crlf.txt': `${RESIDUE}\r\n\r\nTalks resume\r\n\r\nThe the delegation arrived.\r\nMore text.\r\n` });
    await lint(['crlf.txt', '--fix']);
    const out = readFileSync(path.join(dir, 'crlf.txt'), 'utf8');
    expect(out).toBe('Talks resume\r\n\r\nThe delegation arrived.\r\nMore text.\r\n');
  });
  it('mixed line endings: each kept line keeps its own terminator', async () => {
    writeTree(dir, { 'mixed.txt': `Talks resume\r\n\nThe the delegation arrived.\n${RESIDUE}\r\nMore text.\r\nEnd.\n` });
    await lint(['mixed.txt', '--fix']);
    expect(readFileSync(path.join(dir, 'mixed.txt'), 'utf8')).toBe('Talks resume\r\n\nThe delegation arrived.\nMore text.\r\nEnd.\n');
  });
  it('no trailing newline is kept as is; a final newline stays single', async () => {
    writeTree(dir, { 'nonl.txt': `${RESIDUE}\n\nThe the delegation arrived.`, 'nl.txt': `The the delegation arrived.\n\n${RESIDUE}\n` });
    await lint(['.', '--fix']);
    expect(readFileSync(path.join(dir, 'nonl.txt'), 'utf8')).toBe('The delegation arrived.');
    expect(readFileSync(path.join(dir, 'nl.txt'), 'utf8')).toBe('The delegation arrived.\n');
  });
});

describe('unreadable files and folders', () => {
  it('a file that cannot be read (permission denied) is reported; the others are linted', () => {
    writeTree(dir, { 'locked.txt': ARTICLE, 'good.txt': ARTICLE, 'closed/inner.txt': ARTICLE });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    chmodSync(path.join(dir, 'closed'), 0o000);
    // Permission bits do not stop root: run the built CLI as root without the capabilities that override them.
    const asUser = unreadableRunOptions(dir);
    expect(asUser, 'need either permission bits that apply or root to drop capabilities').toBeDefined();
    const r = runBuilt(['.', '-f', 'json'], { cwd: dir, ...asUser });
    const lines = expectOneLineErrors(r.stderr, 2);
    expect(lines).toContain('articlelint: closed: cannot list folder: permission denied');
    expect(lines).toContain('articlelint: locked.txt: cannot read: permission denied');
    expect(ruleIds(resultFor(parseJson(r.stdout), 'good.txt'))).toContain('no-skip-link');
    expect(r.status).toBe(1);
    // Nothing lintable at all: exit 2.
    expect(runBuilt(['locked.txt'], { cwd: dir, ...asUser }).status).toBe(2);
  });
  it('kinds of "file" nobody can read (root included): FIFO, dangling link, folder named like a file', async () => {
    writeTree(dir, { 'good.txt': ARTICLE, 'folder.txt/inner.txt': ARTICLE });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
    // A FIFO must not block the run (no writer ever opens it).
    const r = await lint(['.']);
    const lines = expectOneLineErrors(r.stderr, 2);
    expect(lines).toContain('articlelint: pipe.txt: not a regular file (FIFO, socket or device), skipped');
    expect(lines.some((l) => /^articlelint: dangling\.txt: dangling symbolic link/.test(l))).toBe(true);
    const results = parseJson(r.stdout);
    expect(ruleIds(resultFor(results, 'good.txt'))).toContain('no-skip-link');
    expect(ruleIds(resultFor(results, path.join('folder.txt', 'inner.txt')))).toContain('no-skip-link');
    expect(r.code).toBe(1);
    // Named explicitly, each is still one line, and with nothing lintable the exit code is 2.
    const e = await lint(['pipe.txt', 'dangling.txt']);
    expect(e.code).toBe(2);
    expectOneLineErrors(e.stderr, 2);
  });
});

describe('symbolic links', () => {
  it('loops are reported, not followed; links to folders are not walked', async () => {
    writeTree(dir, { 'good.txt': ARTICLE, 'sub/a.txt': ARTICLE });
    symlinkSync('loop2.txt', path.join(dir, 'loop1.txt'));
    symlinkSync('loop1.txt', path.join(dir, 'loop2.txt'));
    symlinkSync('..', path.join(dir, 'sub', 'up')); // a folder loop
    const r = await lint(['.']);
    const lines = expectOneLineErrors(r.stderr, 2);
    expect(lines).toEqual(['articlelint: loop1.txt: symbolic link loop, skipped', 'articlelint: loop2.txt: symbolic link loop, skipped']);
    const files = parseJson(r.stdout).map((x) => path.relative(dir, x.filePath)).sort();
    expect(files).toEqual(['good.txt', 'loop1.txt', 'loop2.txt', path.join('sub', 'a.txt')]);
    expect(r.code).toBe(1);
  });
  it('a link to a file outside the folder is reported and skipped; a link inside is linted and fixed through', async () => {
    const outside = tempDir();
    try {
      writeTree(outside, { 'secret.txt': ARTICLE });
      writeTree(dir, { 'tree/real.txt': ARTICLE });
      symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'tree', 'escape.txt'));
      symlinkSync('real.txt', path.join(dir, 'tree', 'alias.txt'));
      const r = await lint(['tree', '--fix']);
      const [line] = expectOneLineErrors(r.stderr);
      expect(line).toBe(`articlelint: ${path.join('tree', 'escape.txt')}: symbolic link to a file outside the folder being linted, skipped`);
      // The outside file is untouched; the inside link is still a link and its target got the fix.
      expect(readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe(ARTICLE);
      expect(lstatSync(path.join(dir, 'tree', 'alias.txt')).isSymbolicLink()).toBe(true);
      expect(readFileSync(path.join(dir, 'tree', 'real.txt'), 'utf8')).toBe(FIXED);
    } finally {
      removeTree(outside);
    }
  });
});

describe('paths', () => {
  it('a path with spaces and non-ASCII characters is linted, fixed and named in the report', async () => {
    const name = path.join('dossier été 2024', 'ñandú — “quoted” 東京.txt');
    writeTree(dir, { [name]: ARTICLE });
    const r = await lint(['.', '--fix']);
    expect(r.stderr).toBe('');
    expect(parseJson(r.stdout)[0]!.filePath).toBe(path.join(dir, name));
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe(FIXED);
    const built = runBuilt([name], { cwd: dir });
    expect(built.status).toBe(0);
  });
  it('a very long file name still gets its fix written (the temp name stays under the limit)', async () => {
    const name = `${'é'.repeat(120)}.txt`; // 244 bytes
    writeTree(dir, { [name]: ARTICLE });
    const r = await lint([name, '--fix']);
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe(FIXED);
  });
});

describe('a file deleted between discovery and reading', () => {
  it('function level: discovered, deleted, then linted: one fatal message, the rest linted', async () => {
    writeTree(dir, { 'gone.txt': ARTICLE, 'good.txt': ARTICLE });
    const { files } = await discoverFiles(['.'], { cwd: dir });
    expect(files).toContain(path.join(dir, 'gone.txt'));
    unlinkSync(path.join(dir, 'gone.txt'));
    const loader = new ConfigLoader({ registry, cwd: dir });
    const results = await lintFileList(files, { configFor: (f) => loader.forFile(f), registry });
    const gone = results.find((r) => r.filePath.endsWith('gone.txt'))!;
    expect(gone.messages.map((m) => m.reason)).toEqual(['cannot read: no such file (deleted while linting?)']);
    expect(results.find((r) => r.filePath.endsWith('good.txt'))!.errorCount).toBeGreaterThan(0);
  });
  it('through the CLI: a config module deletes the file after the folder was listed', async () => {
    // The config is loaded lazily, after `readdir` has listed gone.txt: a real discovery/read race.
    writeTree(dir, {
      'race/.articlelintrc.cjs': `require('node:fs').rmSync(require('node:path').join(__dirname, 'gone.txt'), { force: true });\nmodule.exports = ${TWO_RULES_CONFIG};\n`,
      'race/gone.txt': ARTICLE,
      'race/good.txt': ARTICLE,
    });
    const r = await lint(['race']);
    expect(existsSync(path.join(dir, 'race', 'gone.txt'))).toBe(false);
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toBe(`articlelint: ${path.join('race', 'gone.txt')}: cannot read: no such file (deleted while linting?)`);
    expect(ruleIds(resultFor(parseJson(r.stdout), 'good.txt'))).toContain('no-skip-link');
    expect(r.code).toBe(1);
  });
});

describe('CLI mistakes', () => {
  it('an unknown flag: one line, exit 2, no stack (in-process and built)', async () => {
    const r = await lint(['--frobnicate', '.']);
    expect(r.code).toBe(2);
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toContain('--frobnicate');
    const b = runBuilt(['--frobnicate', '.'], { cwd: dir });
    expect(b.status).toBe(2);
    expectOneLineErrors(b.stderr);
  });
  it('--stdin with no input: one line, exit 2 (in-process and built, stdin closed empty)', async () => {
    const r = await lint(['--stdin'], '');
    expect(r.code).toBe(2);
    expect(expectOneLineErrors(r.stderr)[0]).toMatch(/stdin.*no input/);
    const b = runBuilt(['--stdin'], { cwd: dir, input: '' });
    expect(b.status).toBe(2);
    expect(expectOneLineErrors(b.stderr)[0]).toMatch(/stdin.*no input/);
  });
  it('normal runs leave no temp files behind', async () => {
    writeTree(dir, { 'a.txt': ARTICLE, 'b/c.txt': ARTICLE, 'b/d.md': ARTICLE });
    await lint(['.', '--fix']);
    const all = readdirSync(dir, { recursive: true }) as string[];
    expect(strayTempFiles(all)).toEqual([]);
    expect(readFileSync(path.join(dir, 'b/c.txt'), 'utf8')).toBe(FIXED);
  });
});




