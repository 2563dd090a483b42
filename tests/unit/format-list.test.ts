import { describe, expect, it } from 'vitest';
import { formatList, listParts, measureList, measureNumbers, measureHeading } from '../../src/lib/i18n/format-list';

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
