/**
 * Writing fixes: never over newer content, atomic under SIGKILL, and faithful
 * to the file's mode, owner, line endings, BOM and final newline.
 */
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { rules } from '../../rules/index.js';
import { registryOf } from '../../src/engine/registry.js';

const registry = registryOf(rules);
import { ConfigLoader } from '../../src/config/load.js';
import { lintFile } from '../../src/engine/lint.js';
import { StaleFileError, tempNameFor, writeFileAtomic } from '../../src/fix/write.js';
import { isRoot, removeTree, runBuilt, spawnBuilt, strayTempFiles, tempDir, TWO_RULES_CONFIG, writeTree } from './helpers.js';

const ARTICLE = 'Skip to content\n\nTalks resume in Cairo\n\nThe the delegation arrived on Sunday.\n';
const FIXED = 'Talks resume in Cairo\n\nThe delegation arrived on Sunday.\n';

let dir: string;
beforeEach(() => {
  dir = tempDir();
  writeTree(dir, { '.articlelintrc.json': TWO_RULES_CONFIG });
});
afterEach(() => removeTree(dir));

const listAll = (root: string) => readdirSync(root, { recursive: true }) as string[];

describe('a file that changes on disk while articlelint runs', () => {
  it('writeFileAtomic refuses to replace content other than what was read, and cleans up', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'original');
    writeFileSync(file, 'newer, written by someone else');
    await expect(writeFileAtomic(file, Buffer.from('fixed'), Buffer.from('original'))).rejects.toBeInstanceOf(StaleFileError);
    expect(readFileSync(file, 'utf8')).toBe('newer, written by someone else');
    expect(strayTempFiles(listAll(dir))).toEqual([]);
    // The same bytes as read: written.
    await writeFileAtomic(file, Buffer.from('fixed'), Buffer.from('newer, written by someone else'));
    expect(readFileSync(file, 'utf8')).toBe('fixed');
  });

  it('a real race: the file is rewritten after articlelint read it and before the fix is written', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const loader = new ConfigLoader({ registry, cwd: dir });
    const newer = 'An editor saved this version while the linter was busy.\n';
    const result = await lintFile(
      file,
      {
        // configFor runs after the read and before the write: an editor saves the file meanwhile.
        configFor: async (f) => {
          writeFileSync(f, newer);
          return loader.forFile(f);
        },
        registry,
        fixKinds: ['safe'],
        write: true,
      },
      undefined,
    );
    expect(readFileSync(file, 'utf8')).toBe(newer);
    expect(result.messages.filter((m) => m.fileLevel).map((m) => m.reason)).toEqual(['changed on disk while linting; fix not written']);
    expect(strayTempFiles(listAll(dir))).toEqual([]);
  });

  it('the file deleted after reading: the fix is not written and the file is not resurrected', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    await expect(writeFileAtomic(file, Buffer.from(FIXED), Buffer.from('something else'))).rejects.toBeInstanceOf(StaleFileError);
    const { rmSync } = await import('node:fs');
    rmSync(file);
    await expect(writeFileAtomic(file, Buffer.from(FIXED), Buffer.from(ARTICLE))).rejects.toBeInstanceOf(StaleFileError);
    expect(existsSync(file)).toBe(false);
  });

  it('temp names stay short, hidden and never lintable', () => {
    const long = path.join(dir, `${'ü'.repeat(120)}.txt`);
    const tmp = tempNameFor(long);
    expect(Buffer.byteLength(path.basename(tmp))).toBeLessThan(255);
    expect(path.basename(tmp).startsWith('.')).toBe(true);
    expect(tmp.endsWith('.tmp')).toBe(true);
    expect(path.dirname(tmp)).toBe(dir);
  });
});

describe('fixes preserve the file', () => {
  it('mode (including unusual bits) and, when running as root, the owner', async () => {
    const modes = [0o644, 0o600, 0o640, 0o444, 0o2664];
    for (const [i, mode] of modes.entries()) {
      const file = path.join(dir, `m${i}.txt`);
      writeFileSync(file, ARTICLE);
      chmodSync(file, mode);
      if (isRoot) chownSync(file, 1234, 2345);
    }
    const r = await runCli(['.', '--fix'], { cwd: dir });
    expect(r.stderr).toBe('');
    for (const [i, mode] of modes.entries()) {
      const file = path.join(dir, `m${i}.txt`);
      expect(readFileSync(file, 'utf8')).toBe(FIXED);
      const st = statSync(file);
      expect((st.mode & 0o7777).toString(8)).toBe(mode.toString(8));
      if (isRoot) expect([st.uid, st.gid]).toEqual([1234, 2345]);
    }
  });

  it('a symbolic link stays a link; its target gets the fix', async () => {
    writeTree(dir, { 'real/a.txt': ARTICLE });
    symlinkSync(path.join(dir, 'real', 'a.txt'), path.join(dir, 'link.txt'));
    await runCli(['link.txt', '--fix'], { cwd: dir });
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real', 'a.txt'), 'utf8')).toBe(FIXED);
  });

  it('BOM presence, line endings and final newline, for any combination', async () => {
    const bodies = ['Skip to content', 'Talks resume in Cairo', 'The the delegation arrived on Sunday.', 'More text follows here.'];
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.shuffledSubarray(bodies, { minLength: 2 }), async (bom, eol, finalNewline, lines) => {
        const text = lines.join(eol + eol) + (finalNewline ? eol : '');
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
        const file = path.join(dir, 'p.txt');
        writeFileSync(file, bytes);
        await runCli(['p.txt', '--fix'], { cwd: dir });
        const out = readFileSync(file);
        expect(out.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
        const outText = out.subarray(bom ? 3 : 0).toString('utf8');
        if (eol === '\r\n') expect(outText.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        else expect(outText).not.toContain('\r');
        if (outText.length) expect(outText.endsWith(eol)).toBe(finalNewline);
        expect(outText).not.toMatch(/Skip to content|The the/);
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe('crash safety: SIGKILL during --fix', () => {
  it('every file is either the old or the new version, never torn; normal exits leave no temp files', async () => {
    const FILES = 300;
    const src = path.join(dir, 'src');
    const paragraph = 'The delegation arrived on Sunday and the talks resumed after a long break. '.repeat(40);
    const originals = new Map<string, string>();
    for (let i = 0; i < FILES; i++) {
      const name = `a${String(i).padStart(3, '0')}.txt`;
      const text = `Skip to content\n\nHeadline number ${i}\n\n${paragraph}\n\nThe the end of story ${i}.\n`;
      originals.set(name, text);
      writeTree(src, { [name]: text });
    }
    writeTree(src, { '.articlelintrc.json': TWO_RULES_CONFIG });
    // The reference run: what every file looks like once fixed, and how long it takes.
    const reference = path.join(dir, 'reference');
    cpSync(src, reference, { recursive: true });
    const t0 = Date.now();
    const full = runBuilt(['.', '--fix', '-f', 'compact'], { cwd: reference, timeout: 120_000 });
    const duration = Date.now() - t0;
    expect(full.status, full.stderr).toBe(0);
    expect(strayTempFiles(listAll(reference))).toEqual([]);
    const fixed = new Map([...originals.keys()].map((name) => [name, readFileSync(path.join(reference, name), 'utf8')]));
    for (const [name, text] of fixed) expect(text, name).not.toBe(originals.get(name));

    // Kill at seeded moments spread over the run (startup, discovery, mid-write, near the end).
    const rand = fc.sample(fc.double({ min: 0.15, max: 1.1, noNaN: true }), { numRuns: 5, seed: 42 });
    let killedMidWrite = 0;
    for (const [k, fraction] of rand.entries()) {
      const work = path.join(dir, `run${k}`);
      cpSync(src, work, { recursive: true });
      const child = spawnBuilt(['.', '--fix', '-f', 'compact'], work);
      let done = false;
      const exited = new Promise<void>((resolve) => child.on('exit', () => ((done = true), resolve())));
      if (k % 2 === 0) {
        // At a seeded moment of the run's duration (startup, discovery, corpus pass, writing, after).
        await new Promise((r) => setTimeout(r, Math.round(duration * fraction)));
      } else {
        // Or right after a seeded number of files were rewritten (fixed files are shorter): surely mid-write.
        const target = Math.max(1, Math.round((FILES / 2) * fraction));
        const sizes = new Map([...originals].map(([name, text]) => [name, Buffer.byteLength(text)]));
        const rewritten = () => [...sizes].filter(([name, size]) => statSync(path.join(work, name)).size !== size).length;
        while (!done && rewritten() < target) await new Promise((r) => setTimeout(r, 2));
      }
      child.kill('SIGKILL');
      await exited;
      let changed = 0;
      for (const [name, text] of originals) {
        const now = readFileSync(path.join(work, name), 'utf8');
        if (now !== text) {
          expect(now, `${work}/${name} is neither old nor new`).toBe(fixed.get(name));
          changed++;
        }
      }
      if (changed > 0 && changed < FILES) killedMidWrite++;
      // Anything left behind by the killed process is a hidden temp file that is never linted.
      for (const stray of strayTempFiles(listAll(work))) expect(path.basename(stray).startsWith('.')).toBe(true);
      // A normal run afterwards finishes the job and adds no temp files of its own.
      const before = new Set(strayTempFiles(listAll(work)));
      const rerun = runBuilt(['.', '--fix', '-f', 'compact'], { cwd: work, timeout: 120_000 });
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(strayTempFiles(listAll(work)).filter((f) => !before.has(f))).toEqual([]);
      for (const [name, text] of fixed) expect(readFileSync(path.join(work, name), 'utf8')).toBe(text);
      removeTree(work);
    }
    // At least one kill must have landed while files were being written, or the test proved little.
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 300_000);
});

describe('legacy code pages and --fix', () => {
  const latin1 = Buffer.from('Le café de la gare a rouvert ses portes après les travaux. Les habitués étaient ravis, déclara le propriétaire à la presse régionale.\n', 'latin1');
  it('with consent (file-encoding convert), a confidently detected windows-1252 file is rewritten as UTF-8 by --fix, said without a warning', async () => {
    const cwd = tempTree({ 'a.txt': latin1, '.articlelintrc.json': '{"rules": {"file-encoding": ["warn", {"convert": true}]}}' });
    const run = await runCli(['a.txt', '--fix', '--max-warnings', '0', '-f', 'json'], { cwd });
    const written = readFileSync(path.join(cwd, 'a.txt'));
    expect(written.toString('utf8')).toBe(latin1.toString('latin1'));
    expect(run.stderr).toMatch(/converted from .* to UTF-8/);
    expect(run.code, run.stdout).toBe(0);
    expect((await runCli(['a.txt', '--max-warnings', '0'], { cwd })).code).toBe(0);
  });
  it('without consent, or below minConfidence, --fix leaves a legacy file as it is and says why', async () => {
    for (const options of ['{}', '{"convert": true, "minConfidence": 95}']) {
      const cwd = tempTree({ 'a.txt': latin1, '.articlelintrc.json': `{"rules": {"file-encoding": ["warn", ${options}]}}` });
      const run = await runCli(['a.txt', '--fix', '-f', 'json'], { cwd });
      expect(readFileSync(path.join(cwd, 'a.txt'))).toEqual(latin1);
      const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; messageId: string }[] }[];
      expect(result!.messages.filter((m) => m.ruleId === 'file-encoding').map((m) => m.messageId)).toEqual([options === '{}' ? 'legacyNoConsent' : 'legacyUnsure']);
    }
  });
  it('a legacy file --fix does not write is reported as it stays: the findings of its text unfixed', async () => {
    const doubled = Buffer.from('The café by the the station reopened its doors after the works, the owner told the regional press.\n', 'latin1');
    // Without consent, and with file-encoding off (no finding consents at all).
    for (const rule of ['file-encoding: error', 'file-encoding: off']) {
      const cwd = tempTree({ 'a.txt': doubled });
      const run = await runCli(['a.txt', '--fix', '-f', 'json', '--no-config-lookup', '--rule', rule], { cwd });
      expect(readFileSync(path.join(cwd, 'a.txt'))).toEqual(doubled);
      const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string }[]; output?: string }[];
      expect(result!.messages.map((m) => m.ruleId)).toContain('repeated-words');
      expect(result!.output).toBeUndefined();
      expect(run.code).toBe(1);
    }
  });
});
