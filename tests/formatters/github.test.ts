import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { rel, repoRoot, seedsRun } from './seeds-run.js';

/** The runner's side: how GitHub Actions reads a workflow command back (actions/runner ActionCommand.Unescape). */
function unescapeData(s: string) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Parses one workflow command line the way the runner does: `::name k=v,k=v::data`. */
function parseCommand(line: string) {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  if (!m) return undefined;
  const props: Record<string, string> = {};
  for (const pair of m[2]!.split(',')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unescapeData(m[3]!) };
}

const CONTEXT = { cwd: repoRoot, color: false, rulesMeta: {} };

function message(reason: string, extra: Partial<LintMessage> = {}): LintMessage {
  return {
    reason,
    message: reason,
    ruleId: 'no-skip-link',
    severity: 2,
    line: 2,
    column: 3,
    place: { start: { line: 2, column: 3, offset: 10 }, end: { line: 4, column: 1, offset: 30 } },
    ...extra,
  } as unknown as LintMessage;
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  return { filePath, messages, errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

describe('github formatter', () => {
  it('emits one well-formed annotation per message of the seeds run, matching the JSON report', async () => {
    const run = await seedsRun();
    expect(run.total).toBeGreaterThan(0);
    const out = await github(run.results, run.context);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(run.total);
    const pattern = /^::(error|warning) file=[^,:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z0-9-]+::\S.*$/;
    const expected = run.json.flatMap((r) => r.messages.map((m) => ({ file: rel(r.filePath), m })));
    lines.forEach((line, i) => {
      expect(line).toMatch(pattern);
      const parsed = parseCommand(line)!;
      const { file, m } = expected[i]!;
      expect(parsed.command).toBe(m.severity === 2 ? 'error' : 'warning');
      expect(parsed.props).toEqual({
        file,
        line: String(m.line),
        endLine: String(m.endLine),
        col: String(m.column),
        endColumn: String(m.endColumn),
        title: m.ruleId,
      });
      expect(parsed.props.file).not.toMatch(/^\//);
      expect(parsed.message).toBe(m.message);
    });
  });

  it('escapes %, CR and LF in the message and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
    // Escaping must not be applied twice: an already-escaped-looking input survives a round trip.
    expect(unescapeData(escapeData('%0A literal'))).toBe('%0A literal');
  });

  it('survives nasty messages and file names: each line parses back to the original text', async () => {
    const nasty = 'Line one\nline two\r\n100% "quoted", with: colons, commas::and %0A sequences\rend';
    const file = `${repoRoot}/weird dir,1/a:b%c.txt`;
    const out = await github([result(file, [message(nasty, { ruleId: 'no-ad-label' })])], CONTEXT);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\r]/);
    const parsed = parseCommand(lines[0]!)!;
    expect(parsed.props.file).toBe('weird dir,1/a:b%c.txt');
    expect(parsed.props.title).toBe('no-ad-label');
    expect(parsed.props.line).toBe('2');
    expect(parsed.props.endLine).toBe('4');
    expect(parsed.message).toBe(nasty);
    expect(lines[0]).toBe(
      '::error file=weird dir%2C1/a%3Ab%25c.txt,line=2,endLine=4,col=3,endColumn=1,title=no-ad-label::' +
        'Line one%0Aline two%0D%0A100%25 "quoted", with: colons, commas::and %250A sequences%0Dend',
    );
  });

  it('reports file-level failures without a position, warnings as ::warning, and nothing for a clean run', async () => {
    const fatal = message('cannot read: EACCES', { ruleId: undefined, line: undefined, column: undefined, place: undefined });
    const warn = message('Looks like a byline.', { severity: 1, ruleId: 'no-byline' });
    const out = await github([result(`${repoRoot}/a.txt`, [fatal, warn]), result(`${repoRoot}/clean.txt`, [])], CONTEXT);
    expect(out.split('\n').filter(Boolean)).toEqual([
      '::error file=a.txt,title=articlelint::cannot read: EACCES',
      '::warning file=a.txt,line=2,endLine=4,col=3,endColumn=1,title=no-byline::Looks like a byline.',
    ]);
    expect(await github([result(`${repoRoot}/clean.txt`, [])], CONTEXT)).toBe('');
  });
});
