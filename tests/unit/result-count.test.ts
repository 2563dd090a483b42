import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-CN.json';
import { resultCountText } from '../../src/lib/result-count';

describe('search result count', () => {
  const templates = (m: typeof en) => ({ one: m['search.resultsCountOne'], other: m['search.resultsCount'] });
  it('uses the singular for one result in English', () => {
    expect(resultCountText(1, templates(en))).toBe('1 result');
    expect(resultCountText(0, templates(en))).toBe('0 results');
    expect(resultCountText(12, templates(en))).toBe('12 results');
  });
  it('reads the same for any count in Chinese', () => {
    expect(resultCountText(1, templates(zh))).toBe('找到 1 条结果');
    expect(resultCountText(7, templates(zh))).toBe('找到 7 条结果');
  });
});
