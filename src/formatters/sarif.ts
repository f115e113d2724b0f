/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and other dashboards
 * read. One run; `tool.driver.rules` carries every rule's metadata and help
 * text; results point at files relative to the `SRCROOT` base (the working
 * directory) and carry fixes when the rule offered any. File-level failures
 * (unreadable, binary, too large) have no rule: they are reported as tool
 * execution notifications, not results.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Fix, LintMessage, LintResult, RuleMeta } from '../types.js';
import type { Formatter } from './types.js';
import { documentText, packageInfo, relativePath, spanOf } from './util.js';
import { ruleDocsText, ruleDocsUrl } from '../rule-docs.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = 'SRCROOT';

type Json = Record<string, unknown>;

const level = (severity: 'error' | 'warn' | 1 | 2) => (severity === 'error' || severity === 2 ? 'error' : 'warning');

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function toUriReference(rel: string): string {
  return rel
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** The first paragraph of a rule page that explains (not its title, summary line or table). */
function firstProseParagraph(doc: string, description: string): string | undefined {
  return doc
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^[#|>`]/.test(p) && p !== description)
    ?.replace(/\s*\n\s*/g, ' ');
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined): Json {
  if (!meta) return { id, shortDescription: { text: id } };
  const doc = ruleDocsText(id);
  const lines = [
    meta.description,
    '',
    `Category: ${meta.category}. Default severity: ${meta.severity}${meta.recommended ? ' (in articlelint:recommended)' : ' (not in articlelint:recommended)'}.`,
    meta.fixable ? `Fixable: ${meta.fixable === 'both' ? 'safe fixes and suggestions' : meta.fixable === 'safe' ? 'safe fix (--fix)' : 'suggestion (--fix-type suggestion)'}.` : 'Not automatically fixable.',
  ];
  const helpText = doc ? `${doc}\n\n${lines.slice(2).join('\n')}` : lines.join('\n');
  const descriptor: Json = {
    id,
    name: id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: meta.description },
    fullDescription: { text: (doc && firstProseParagraph(doc, meta.description)) ?? meta.description },
    defaultConfiguration: { level: level(meta.severity), enabled: meta.recommended },
    help: { text: helpText, markdown: doc ? `${doc}\n\n${lines.slice(2).join('\n')}` : lines.join('\n') },
    properties: { tags: ['articlelint', meta.category], category: meta.category, ...(meta.fixable ? { fixable: meta.fixable } : {}) },
  };
  const helpUri = ruleDocsUrl(id);
  if (helpUri) descriptor.helpUri = helpUri;
  return descriptor;
}

/** 1-based line and column of an offset in `text` (UTF-16 code units, like the engine). */
function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    } else if (text[i] === '\r' && text[i + 1] !== '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function sarifFix(fix: Fix, description: string, artifactLocation: Json, text: string | undefined): Json {
  const [start, end] = fix.range;
  const deletedRegion: Json = { charOffset: start, charLength: end - start };
  if (text !== undefined && end <= text.length) {
    const a = pointOf(text, start);
    const b = pointOf(text, end);
    Object.assign(deletedRegion, { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column });
  }
  return {
    description: { text: description },
    artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text: fix.text } }] }],
  };
}

function fingerprint(ruleId: string, file: string, m: LintMessage, seen: Map<string, number>): string {
  const key = `${ruleId}\u0000${file}\u0000${m.actual ?? m.reason}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n}`;
}

export function toSarif(results: LintResult[], context: { cwd: string; rulesMeta: Record<string, RuleMeta> }): Json {
  const info = packageInfo();
  const ids = Object.keys(context.rulesMeta);
  for (const r of results) for (const m of r.messages) if (m.ruleId && !ids.includes(m.ruleId)) ids.push(m.ruleId);
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => ruleDescriptor(id, context.rulesMeta[id]));

  const sarifResults: Json[] = [];
  const notifications: Json[] = [];
  const artifacts: Json[] = [];
  for (const r of results) {
    const rel = relativePath(r.filePath, context.cwd);
    const isPath = !/^<.*>$/.test(rel);
    const artifactIndex = artifacts.length;
    const artifactLocation: Json = isPath ? { uri: toUriReference(rel), uriBaseId: SRCROOT, index: artifactIndex } : { uri: toUriReference(rel) };
    if (isPath) artifacts.push({ location: { uri: toUriReference(rel), uriBaseId: SRCROOT }, roles: ['analysisTarget'], mimeType: /\.md$/i.test(rel) ? 'text/markdown' : 'text/plain' });
    const text = r.messages.some((m) => m.fix || m.suggestions?.length) ? documentText(r) : undefined;
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      if (!m.ruleId) {
        notifications.push({
          level: level(m.severity),
          message: { text: m.reason },
          locations: [{ physicalLocation: { artifactLocation } }],
        });
        continue;
      }
      const span = spanOf(m);
      const physicalLocation: Json = { artifactLocation };
      if (span) {
        const region: Json = { startLine: span.line, startColumn: span.column };
        if (span.endLine !== undefined && span.endColumn !== undefined) {
          region.endLine = span.endLine;
          region.endColumn = span.endColumn;
        }
        if (span.start !== undefined && span.end !== undefined) {
          region.charOffset = span.start;
          region.charLength = span.end - span.start;
        }
        if (m.actual) region.snippet = { text: m.actual };
        physicalLocation.region = region;
      }
      const result: Json = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId)!,
        level: level(m.severity),
        message: { text: m.reason },
        locations: [{ physicalLocation }],
        partialFingerprints: { 'articlelint/v1': fingerprint(m.ruleId, rel, m, seen) },
      };
      const fixes: Json[] = [];
      if (m.fix) fixes.push(sarifFix(m.fix, `Fix: ${m.reason}`, artifactLocation, text));
      for (const s of m.suggestions ?? []) fixes.push(sarifFix(s.fix, s.desc, artifactLocation, text));
      if (fixes.length) result.fixes = fixes;
      sarifResults.push(result);
    }
  }

  const base = pathToFileURL(context.cwd).href;
  const driver: Json = {
    name: 'articlelint',
    semanticVersion: info.version,
    version: info.version,
    fullName: `articlelint ${info.version}`,
    rules,
  };
  if (info.repositoryUrl) driver.informationUri = info.repositoryUrl;
  else if (info.homepage && /^https?:/.test(info.homepage)) driver.informationUri = info.homepage;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        // The run finished: files it could not read are notifications, not a failed execution.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: base.endsWith('/') ? base : `${base}/` } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

const sarif: Formatter = (results, context) => `${JSON.stringify(toSarif(results, context), null, 2)}\n`;

export default sarif;
