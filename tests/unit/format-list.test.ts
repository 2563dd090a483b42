import { describe, expect, it } from 'vitest';
import { formatList, listParts, measureList, measureNumbers, measureHeading } from '../../src/lib/i18n/format-list';
import { readerContextSchema } from '../../src/lib/schemas/reader-context';
import contextJson from '../../src/data/reader-context.json';

describe('lists and measure references in each language', () => {
  it('writes lists as British English and Chinese do', () => {
    expect(formatList('en', ['3', '16', '21'])).toBe('3, 16 and 21');
    expect(formatList('zh-cn', ['3', '16', '21'])).toBe('3、16和21');
    expect(listParts('en', [3, 16])).toEqual([{ item: 3 }, { text: ' and ' }, { item: 16 }]);
  });
  it('names measures in ascending order, once each', () => {
    expect(measureList('en', [21, 3, 16, 3])).toBe('measures 3, 16 and 21');
    expect(measureList('en', [7])).toBe('measure 7');
    expect(measureList('zh-cn', [21, 3, 16])).toBe('第3、16、21条');
    expect(measureNumbers('en', [13, 5])).toBe('5 and 13');
    expect(measureNumbers('zh-cn', [13, 5])).toBe('第5、13条');
  });
  it('puts a colon between a measure’s number and its title in English only', () => {
    expect(measureHeading('en', 6, 'Build up the power distribution network')).toBe('Measure 6: Build up the power distribution network');
    expect(measureHeading('zh-cn', 6, '加强配电网络建设')).toBe('第6条 加强配电网络建设');
  });
});

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
