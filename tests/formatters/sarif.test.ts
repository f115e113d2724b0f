import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import sarif, { SRCROOT } from '../../src/formatters/sarif.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { rel, repoRoot, seedsRun } from './seeds-run.js';

/** The official OASIS SARIF 2.1.0 schema (errata 01), vendored: it is a JSON Schema draft-04 document. */
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Offset of a 1-based line/column in text (lines end at \n). */
function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

type Sarif = {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: any[] } };
    results: any[];
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: any[] }[];
    artifacts: any[];
  }[];
};

describe('sarif formatter', () => {
  it('is the official schema that is vendored', () => {
    expect(schema.id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(Object.keys(schema.definitions)).toContain('reportingDescriptor');
  });

  it('validates the seeds run against the SARIF 2.1.0 schema', async () => {
    const run = await seedsRun();
    const log = JSON.parse(await sarif(run.results, run.context));
    const validate = validator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator is not a rubber stamp: a broken log fails', async () => {
    const run = await seedsRun();
    const log = JSON.parse(await sarif(run.results, run.context));
    const validate = validator();
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const log2 = JSON.parse(await sarif(run.results, run.context));
    log2.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log2)).toBe(false);
  });

  it('carries the same findings as the JSON report, with rule metadata, relative locations and fixes', async () => {
    const run = await seedsRun();
    const log = JSON.parse(await sarif(run.results, run.context)) as Sarif;
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [r0] = log.runs;
    const driver = r0!.tool.driver;
    expect(driver.name).toBe('articlelint');

    // Rule metadata: every rule of the run, ids unique, help text and defaults from the rule's meta.
    const ids = driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, meta] of Object.entries(run.context.rulesMeta)) {
      const d = driver.rules.find((r) => r.id === id);
      expect(d, id).toBeDefined();
      expect(d.shortDescription.text).toBe(meta.description);
      expect(d.fullDescription.text.length).toBeGreaterThan(0);
      expect(d.help.text).toContain(meta.category);
      expect(d.defaultConfiguration.level).toBe(meta.severity === 'error' ? 'error' : 'warning');
      expect(d.helpUri).toMatch(/^[a-z]+:\/\//);
      expect(d.helpUri).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    }

    // Results: one per rule message of the JSON report, in order.
    const expected = run.json.flatMap((r) => r.messages.filter((m) => m.ruleId).map((m) => ({ file: rel(r.filePath), m })));
    expect(r0!.results).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    const base = r0!.originalUriBaseIds[SRCROOT]!.uri;
    expect(base).toMatch(/^file:\/\/.*\/$/);
    r0!.results.forEach((res, i) => {
      const { file, m } = expected[i]!;
      expect(res.ruleId).toBe(m.ruleId);
      expect(driver.rules[res.ruleIndex].id).toBe(m.ruleId);
      expect(res.level).toBe(m.severity === 2 ? 'error' : 'warning');
      expect(res.message.text).toBe(m.message);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe(SRCROOT);
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(file);
      expect(new URL(loc.artifactLocation.uri, base).pathname).toBe(new URL(`file://${repoRoot}/${file}`).pathname);
      expect(r0!.artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
      expect(loc.region).toMatchObject({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn });
      expect(typeof res.partialFingerprints['articlelint/v1']).toBe('string');
      expect(res.fixes?.length ?? 0).toBe((m.fix ? 1 : 0) + (m.suggestions?.length ?? 0));
    });
    expect(new Set(r0!.results.map((r) => r.partialFingerprints['articlelint/v1'])).size).toBe(r0!.results.length);
  });

  it("fixes point at the same text as the engine's fix ranges", async () => {
    const run = await seedsRun();
    const log = JSON.parse(await sarif(run.results, run.context)) as Sarif;
    let checked = 0;
    let k = 0;
    for (const r of run.results) {
      for (const m of r.messages) {
        if (!m.ruleId) continue;
        const res = log.runs[0]!.results[k++];
        const fixes = [...(m.fix ? [{ fix: m.fix }] : []), ...(m.suggestions ?? [])];
        fixes.forEach(({ fix }, j) => {
          const rep = res.fixes[j].artifactChanges[0].replacements[0];
          const region = rep.deletedRegion;
          expect(region.charOffset).toBe(fix.range[0]);
          expect(region.charLength).toBe(fix.range[1] - fix.range[0]);
          expect(offsetAt(r.source!, region.startLine, region.startColumn)).toBe(fix.range[0]);
          expect(offsetAt(r.source!, region.endLine, region.endColumn)).toBe(fix.range[1]);
          expect(rep.insertedContent.text).toBe(fix.text);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('puts file-level failures in tool notifications and stays valid for odd paths and an empty run', async () => {
    const run = await seedsRun();
    const fatal = { reason: 'cannot read: EACCES', ruleId: undefined, severity: 2, fatal: true } as unknown as LintMessage;
    const odd: LintResult = {
      filePath: path.join(repoRoot, 'odd dir', 'ä #1%.md'),
      messages: [fatal],
      errorCount: 1,
      warningCount: 0,
      fatalErrorCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    const log = JSON.parse(await sarif([odd], run.context)) as Sarif;
    expect(validator()(log)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
    const [n] = log.runs[0]!.invocations[0]!.toolExecutionNotifications;
    expect(n.level).toBe('error');
    expect(n.message.text).toBe('cannot read: EACCES');
    expect(decodeURIComponent(n.locations[0].physicalLocation.artifactLocation.uri)).toBe('odd dir/ä #1%.md');
    const empty = JSON.parse(await sarif([], run.context));
    expect(validator()(empty)).toBe(true);
  });
});
