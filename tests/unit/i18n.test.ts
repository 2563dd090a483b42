import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN.json';
import en from '../../src/i18n/en.json';
import { t } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('are never empty', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
  });

  it('fill placeholders and refuse a missing one', () => {
    expect(t('zh-cn', 'common.measureN', { n: 7 })).toBe('第7条');
    expect(t('en', 'common.measureN', { n: 7 })).toBe('Measure 7');
    expect(() => t('en', 'common.measureN')).toThrow(/Missing parameter "n"/);
  });
});
