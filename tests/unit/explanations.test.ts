import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';

const body = (locale: string, n: number) => {
  const file = `src/content/measures/${locale}/${String(n).padStart(2, '0')}.mdx`;
  return readFrontmatter(file, readFileSync(file, 'utf8')).body;
};

describe('plain-language explanations (解读)', () => {
  for (let n = 1; n <= 24; n++) {
    it(`measure ${n} is explained at length in both languages`, () => {
      const zhChars = body('zh-cn', n).match(/[\u4e00-\u9fff]/g)?.length ?? 0;
      const enWords = body('en', n).split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
      expect(zhChars, 'Chinese characters').toBeGreaterThanOrEqual(150);
      expect(enWords, 'English words').toBeGreaterThanOrEqual(100);
      expect(body('zh-cn', n)).not.toContain('TODO');
    });
  }

  it('never call a body the lead', () => {
    for (let n = 1; n <= 24; n++) {
      expect(body('zh-cn', n)).not.toMatch(/牵头/);
      expect(body('en', n)).not.toMatch(/\blead(s|ing)? (body|department|agency)/i);
    }
  });
});
