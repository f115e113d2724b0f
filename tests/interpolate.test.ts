/** Message interpolation cuts each template once: it must give what one pass of ESLint's expression gives. */
import { describe, expect, it } from 'vitest';
import { interpolate } from '../src/engine/runner.js';

function definition(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) => {
    const key = name.trim();
    return key in data ? String(data[key]) : whole;
  });
}

describe('interpolate', () => {
  it('equals the expression on odd templates and data', () => {
    const templates = ['', 'plain', '{{a}}', '{{a}}{{b}}', 'x {{ a }} y {{b}} z', '{{}}', '{{ }}', '{{{a}}}', '{{a}', '}}{{a}}{{', '{{a {{b}} c}}', '{{missing}} and {{a}}', '{{a}}{{a}}', '{{ constructor }}', '{{toString}}'];
    const datas: Array<Record<string, unknown>> = [{}, { a: 1, b: 'B' }, { a: '{{b}}', b: '$&' }, { ' ': 'space', '': 'empty' }, { a: undefined, b: null }, { a: { toString: () => 'obj' } }];
    for (const t of templates) for (const d of datas) expect(interpolate(t, d), `${t} ${JSON.stringify(d)}`).toBe(definition(t, d));
  });
});
