/** Residue findings show their confidence and evidence in the JSON and HTML reports (issue 13). */
import { describe, expect, it } from 'vitest';
import { getFormatter, lintText } from '../../src/api.js';

const article = 'Skip to content\n\nThe council voted 7-2 to approve the plan after a four-hour debate on Tuesday night.\n';

describe('confidence and evidence of residue findings', () => {
  it('are in --format json as data.confidence and data.evidence', async () => {
    const result = await lintText(article, { filePath: 'story.txt', config: { rules: { 'no-skip-link': 'error' } } });
    const json = JSON.parse(await (await getFormatter('json'))([result], { cwd: process.cwd(), color: false, rulesMeta: {} })) as {
      messages: { ruleId: string; data?: { confidence?: number; evidence?: string[] } }[];
    }[];
    const finding = json[0]!.messages.find((m) => m.ruleId === 'no-skip-link')!;
    expect(finding.data?.confidence).toBeGreaterThan(0);
    expect(finding.data?.confidence).toBeLessThanOrEqual(1);
    expect(finding.data?.evidence?.length).toBeGreaterThan(0);
  });

  it('are shown next to the message in the HTML report', async () => {
    const result = await lintText(article, { filePath: 'story.txt', config: { rules: { 'no-skip-link': 'error' } } });
    const data = result.messages[0]!.data as { confidence: number; evidence: string[] };
    const html = await (await getFormatter('html'))([result], { cwd: process.cwd(), color: false, rulesMeta: {} });
    expect(html).toContain(`<div class="evidence">confidence ${data.confidence.toFixed(2)} · evidence: ${data.evidence[0]}`);
  });
});
