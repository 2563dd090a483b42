import { describe, expect, it } from 'vitest';
import { englishStyleProblems } from '../../src/lib/checks/published/english-style';
import { datesInWords } from '../../src/lib/i18n/format-date';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const problemsIn = (body: string) => englishStyleProblems('dist/en/x/index.html', page(body));

describe('English house style on built pages', () => {
  it('refuses ISO dates, “No. N” lists, unformatted large numbers, hyphen minus and spaced percentages in prose', () => {
    const problems = problemsIn('<p>Issued 2022-12-29 under No. 3, No. 16; about 42000 homes; emissions fell -7.6%, or 71.5 % of the total.</p>');
    expect(problems).toEqual([
      expect.stringMatching(/^dist\/en\/x\/index\.html: line 1: “2022-12-29”: an ISO date/),
      expect.stringMatching(/“No\. 3, No\. 16”/),
      expect.stringMatching(/“42000”: a number of five or more digits/),
      expect.stringMatching(/“-7\.6%”: a hyphen as a minus sign/),
      expect.stringMatching(/“5 %”: a space before “%”/),
    ]);
  });

  it('refuses a source cited only in Chinese on an English page', () => {
    expect(problemsIn('<p><span class="source-citation" lang="zh-CN">生态环境部，《公告》，2024</span></p>')).toEqual([
      expect.stringMatching(/a source cited only in Chinese/),
    ]);
  });

  it('accepts what is not prose: code, addresses, Chinese passages, GB/T 7714 citations, standard numbers, hidden text', () => {
    expect(
      problemsIn(
        '<p>Version <code>2026-11-29</code>, <a href="https://example.org/a/20241220123456.html">https://example.org/a/<wbr>20241220123456.html</a>.</p>' +
          '<p lang="zh-CN">2022-12-29印发</p><p data-citation-format="gbt7714">Plan [EB/OL]. (2022-12-29)[2026-11-30].</p>' +
          '<p>Under GB/T 51350-2019 and GB 50189, on 29 December 2022, 42,000 homes, −7.6%, measures 3, 16 and 21.</p><p hidden>2022-12-29</p>',
      ),
    ).toEqual([]);
  });

  it('writes ISO dates in released text as each language writes dates', () => {
    expect(datesInWords('en', 'Announcement (关于…), 2024-12-20 (factor)')).toBe('Announcement (关于…), 20 December 2024 (factor)');
    expect(datesInWords('zh-cn', '公告，2024-12-20')).toBe('公告，2024年12月20日');
  });
});

describe('one English rendering per name', () => {
  it('refuses a replaced rendering as a whole word, as written or capitalised, and not inside a longer name or in another case', () => {
    const avoid = ['District Government Office', 'typical cases'];
    expect(englishStyleProblems('dist/en/x/index.html', page('<p>The District Government Office and Typical  cases.</p>'), avoid)).toEqual([
      expect.stringMatching(/“District Government Office”: a replaced rendering/),
      expect.stringMatching(/“Typical  cases”: a replaced rendering/),
    ]);
    expect(englishStyleProblems('dist/en/x/index.html', page('<p>The District Government Offices Administration Service Centre; district government office sites.</p>'), avoid)).toEqual([]);
  });

  it('the registry parses, and each rendering it names is the one the site uses', async () => {
    const { replacedRenderings, RENDERINGS_FILE } = await import('../../src/lib/checks/published/index');
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    expect(replacedRenderings('.').length).toBeGreaterThanOrEqual(10);
    const english = ['src/data/plan-metadata.json', 'src/data/departments.json', 'src/lib/i18n/strings/en.json', 'docs/english-style.md']
      .map((f) => readFileSync(f, 'utf8'))
      .concat(readFileSync('src/content/measures/en/04.mdx', 'utf8'), readFileSync('src/content/measures/en/09.mdx', 'utf8'), readFileSync('src/content/measures/en/22.mdx', 'utf8'))
      .join('\n');
    for (const r of parse(readFileSync(RENDERINGS_FILE, 'utf8')) as { en: string }[]) {
      if (!r.en.startsWith('(')) expect(english, r.en).toContain(r.en);
    }
  });
});
