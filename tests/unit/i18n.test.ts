import { describe, expect, it } from 'vitest';
import zh from '../../src/lib/i18n/strings/zh-CN.json';
import en from '../../src/lib/i18n/strings/en.json';
import { t } from '../../src/lib/i18n/translate';
import { fillTemplate, pluralForm } from '../../src/lib/i18n/fill-template';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('are never empty', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages (either may name more of the plan’s own facts)', () => {
    const own = (s: string) => placeholders(s).filter((name) => !name!.startsWith('plan'));
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(own(en[key]), key).toEqual(own(zh[key]));
  });

  it('fill placeholders and refuse a missing one', () => {
    expect(t('zh-cn', 'common.measureN', { n: 7 })).toBe('第7条');
    expect(t('en', 'common.measureN', { n: 7 })).toBe('Measure 7');
    expect(() => t('en', 'common.measureN')).toThrow(/common\.measureN.*No value for "\{n\}"/);
  });
});

describe('filling templates in the browser', () => {
  const count = (m: typeof en, n: number, locale: string) =>
    fillTemplate(pluralForm(locale, { one: m['search.resultsCountOne'], other: m['search.resultsCount'] }, n), { count: n });
  it('uses the singular for one result in English', () => {
    expect(count(en, 1, 'en')).toBe('1 result');
    expect(count(en, 0, 'en')).toBe('0 results');
    expect(count(en, 12, 'en')).toBe('12 results');
  });
  it('reads the same for any count in Chinese', () => {
    expect(count(zh, 1, 'zh-CN')).toBe('找到 1 条结果');
    expect(count(zh, 7, 'zh-CN')).toBe('找到 7 条结果');
  });
  it('refuses a template whose placeholder has no value', () => {
    expect(() => fillTemplate('Question {n} of {total}', { n: 1 })).toThrow(/\{total\}/);
  });
});
