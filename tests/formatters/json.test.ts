import { describe, expect, it } from 'vitest';
import json, { toJsonResult } from '../../src/formatters/json.js';
import { seedsRun } from './seeds-run.js';

describe('json formatter', () => {
  it('is JSON.stringify of every result as toJsonResult gives it, for any number of results', async () => {
    const { results, context } = await seedsRun();
    expect(results.some((r) => r.messages.length > 1)).toBe(true);
    for (const some of [results, results.slice(0, 1), []]) expect(await json(some, context)).toBe(JSON.stringify(some.map(toJsonResult)));
  });
});
