/**
 * The layering check of `npm test` (dependency-cruiser with .dependency-cruiser.cjs)
 * fails on each kind of violation it exists for, planted in a scratch tree.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');
const dir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plant(files: Record<string, string>): void {
  copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

async function check(): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(depcruise, ['src', 'rules', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, output: e.stdout };
  }
}

describe('layering check', () => {
  it('fails on a host → rule import, a rule → rule import, a rule reaching past the rule kit and a cycle', async () => {
    plant({
      'src/rule-kit/index.ts': 'export const kit = 1;\n',
      'src/engine/runner.ts': "import { b } from './batch.js';\nexport const runner = b;\n",
      'src/engine/batch.ts': "import { runner } from './runner.js';\nexport const b = 1;\nexport const again = runner;\n",
      'src/api.ts': "import rule from '../rules/no-thing.js';\nexport default rule;\n",
      'rules/no-thing.ts': "import other from './no-other.js';\nimport { kit } from '../src/rule-kit/index.js';\nexport default { other, kit };\n",
      'rules/no-other.ts': 'export default 2;\n',
      'rules/lib/helper.ts': "import { runner } from '../../src/engine/runner.js';\nexport const helper = runner;\n",
    });
    const { code, output } = await check();
    expect(code).not.toBe(0);
    expect(output).toMatch(/host-imports-rules: src\/api\.ts → rules\/no-thing\.ts/);
    expect(output).toMatch(/rule-imports-rule: rules\/no-thing\.ts → rules\/no-other\.ts/);
    expect(output).toMatch(/rule-outside-rule-kit: rules\/lib\/helper\.ts → src\/engine\/runner\.ts/);
    expect(output).toMatch(/no-circular: src\/engine\/(runner|batch)\.ts/);
    expect(output).not.toMatch(/no-thing\.ts → src\/rule-kit/);
  }, 60_000);
});
