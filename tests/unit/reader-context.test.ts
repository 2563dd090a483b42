import { describe, expect, it } from 'vitest';
import { readerContextSchema } from '../../src/lib/schemas/reader-context';
import contextJson from '../../src/data/reader-context.json';

describe('the context box for foreign readers', () => {
  it('cites a source for every footnote mark and marks every source', () => {
    const context = readerContextSchema.parse(contextJson).en;
    expect(context.sources.length).toBeGreaterThan(0);
    const bad = { en: { ...context, paragraphs: ['A district of Beijing[^1], issued as Xi Zheng Fa [2022] No. 10[^9].'] } };
    const issues = readerContextSchema.safeParse(bad).error?.issues.map((i) => i.message) ?? [];
    expect(issues).toContain(`cites [9], but there are ${context.sources.length} sources`);
    if (context.sources.length > 1) expect(issues).toContain('source [2] is cited by no paragraph');
    // "[2022]" in a document number is text, not a footnote.
    expect(issues.some((m) => m.includes('[2022]'))).toBe(false);
  });
});
