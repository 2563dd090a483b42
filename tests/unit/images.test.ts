import { describe, expect, it } from 'vitest';
import { chartConfigFor } from '../../src/lib/charts/chart-config-for';
import { chartById } from '../../src/lib/charts/definitions';
import { pngSize } from '../support/png-size';
import { writeFileSync } from 'node:fs';
import { chartPng, chartHeight, PNG_LABEL_SIZE, SCALE, WIDTH } from '../../src/lib/images/chart-png';
import { missingCharacters, assertDrawable } from '../../src/lib/images/font-coverage';
import { imageFontCharacters } from '../../src/lib/images/image-font';
import { wrapText, type ChartConfig } from '../../src/lib/charts/bar-chart-config';
import { socialCardPng } from '../../src/lib/images/social-card';

const config: ChartConfig = {
  id: 'test-chart',
  locale: 'zh-CN',
  orientation: 'horizontal',
  labels: ['区发展改革委', '区城市管理委', '区教委'],
  values: [12, 7, 3],
  valueLabel: '措施数（项）',
  title: '各部门负责的措施数量',
  sourceLine: '来源：西城区推进碳达峰实施方案（西政发〔2022〕10号）；measures-by-department@1.0.0',
};

describe('image font coverage', () => {
  it('finds characters the subset cannot draw, ignoring whitespace', () => {
    expect(missingCharacters('碳达峰 A\n', new Set('碳达峰A'))).toEqual([]);
    expect(missingCharacters('碳达峰𠀀', new Set('碳达峰'))).toEqual(['𠀀']);
  });
  it('names the place, the character and the fix', () => {
    expect(() => assertDrawable('龘', new Set(), 'social card /plan/')).toThrow(/social card \/plan\/.*“龘” \(U\+9F98\).*subset-image-font\.py/);
  });
  it('the committed subset draws the common characters and ASCII', () => {
    const chars = imageFontCharacters();
    expect(chars.size).toBeGreaterThan(3700);
    expect(missingCharacters('西城区推进碳达峰实施方案（西政发〔2022〕10号）Carbon Peak “dual control” 55%', chars)).toEqual([]);
  });
});

describe('chart PNG', () => {
  it('is a 2× PNG, 1200 CSS pixels wide, with room for title and source line around the chart', () => {
    const png = chartPng(config);
    if (process.env.WRITE_IMAGES) writeFileSync('/tmp/chart-test.png', png);
    const { width, height } = pngSize(png);
    expect(width).toBe(2400);
    expect(height).toBeGreaterThan(2 * (chartHeight(config) + 100));
  });
  it('refuses text the font cannot draw instead of drawing boxes', () => {
    expect(() => chartPng({ ...config, id: 'rare', title: '𠀀' })).toThrow(/chart rare \(zh-CN\).*U\+20000/);
  });
});

describe('social preview card', () => {
  it('is a 1200 × 630 PNG, however long the title', () => {
    for (const title of ['碳达峰', '推动绿色低碳发展方式和生活方式转变、推进能源结构调整和能源利用效率提升的综合性措施'.repeat(3), 'Increase the supply capacity of new energy'.repeat(4)]) {
      const png = socialCardPng({ title, kicker: '措施 7', siteName: '西城区推进碳达峰实施方案', footer: '西政发〔2022〕10号' }, 'test');
      if (process.env.WRITE_IMAGES) writeFileSync(`/tmp/card-${title.length}.png`, png);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
  });
  it('refuses a title the font cannot draw, naming the page', () => {
    expect(() => socialCardPng({ title: '𠀀', kicker: '', siteName: '', footer: '' }, 'social card /en/plan/')).toThrow(/social card \/en\/plan\/.*U\+20000/);
  });
});

describe('wrapText', () => {
  // One unit of width per character makes the expected lines easy to read.
  const perCharacter = { measureText: (text: string) => ({ width: [...text].length }) };
  it('breaks Chinese between characters and English between words', () => {
    expect(wrapText(perCharacter, '碳达峰碳中和', 4)).toEqual(['碳达峰碳', '中和']);
    expect(wrapText(perCharacter, 'carbon peaking goals', 10)).toEqual(['carbon', 'peaking', 'goals']);
  });
  it('never starts a line with closing punctuation', () => {
    expect(wrapText(perCharacter, '碳达峰、碳中和', 3)).toEqual(['碳达峰、', '碳中和']);
  });
});

describe('fallback symbols', () => {
  it('the subscript digits of CO₂ and SF₆ are drawable', () => {
    expect(missingCharacters('CO₂ SF₆', imageFontCharacters())).toEqual([]);
  });
  it('draws CO₂ with the fallback font rather than a blank', () => {
    const card = (title: string) => socialCardPng({ title, kicker: '', siteName: '', footer: '' }, 'test');
    // A missing glyph would draw nothing; the subscript must change the picture.
    expect(card('CO₂').equals(card('CO '))).toBe(false);
  });
});

describe('chart PNGs made for reuse', () => {
  it('draw axis and value labels at least 1.2 % of the image width, legible when placed small in an article', () => {
    expect((PNG_LABEL_SIZE * SCALE) / (WIDTH * SCALE)).toBeGreaterThanOrEqual(0.012);
  });
  it('say under the title what the numbers are and what kind of data they are', () => {
    const zh = chartConfigFor(chartById('measures-per-category'), 'zh-cn');
    expect(zh.subtitle).toBe('措施数（条） · 根据方案整理');
    expect(chartConfigFor(chartById('measures-per-category'), 'en').subtitle).toBe('Measures · Derived from the plan');
  });
});
