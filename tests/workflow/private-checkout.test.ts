/**
 * A checkout that other users cannot enter (a `mktemp -d` folder, a home folder
 * with mode 0700): the built CLI copied into such a folder still reports a
 * file it may not read, run the way the robustness suite runs it.
 */
import { chmodSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt, unreadableRunOptions } from '../robustness/helpers.js';
import { repoRoot, requireBuiltCli, setupOnce, tempDir } from './helpers.js';

const ready = setupOnce(() => requireBuiltCli());

describe('a private checkout', () => {
  it('the permission-denied case works from a folder only its owner can enter', () => {
    ready();
    const checkout = tempDir('private-checkout');
    chmodSync(checkout, 0o700);
    for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(repoRoot, part), path.join(checkout, part), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(checkout, 'node_modules'));
    const work = tempDir('private-work');
    chmodSync(work, 0o700);
    mkdirSync(path.join(work, 'articles'));
    writeFileSync(path.join(work, 'articles', 'locked.txt'), 'Skip to content\n\nThe delegation arrived on Sunday.\n');
    chmodSync(path.join(work, 'articles', 'locked.txt'), 0o000);
    const how = unreadableRunOptions(work);
    expect(how, 'need either permission bits that apply or root to drop capabilities').toBeDefined();
    const res = runBuilt(['--no-config-lookup', 'articles/locked.txt'], { cwd: work, bin: path.join(checkout, 'bin', 'articlelint.js'), ...how });
    expect(res.stderr).toBe('articlelint: articles/locked.txt: cannot read: permission denied\n');
    expect(res.status).toBe(2);
  });
});
