import { describe, expect, it } from 'vitest';
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSources } from '../../src/lib/checks/validate-sources';
import { useBrokenContentCopy, edit } from '../support/broken-copy';

// Each case copies the real content to a temporary folder, breaks one thing, and checks
// that the same validation the build runs reports it by file and field. Breakages that the
// bad-content corpus (tests/fixtures/bad-content/) already covers are not repeated here.
const brokenCopy = useBrokenContentCopy();

describe('content integrity', () => {
  it('finds no problem in the real content', () => {
    expect(validateSources(process.cwd())).toEqual([]);
  });

  it('reports a page without its language twin', () => {
    const problems = brokenCopy((c) => unlinkSync(join(c, 'measures/en/07.mdx')));
    expect(problems).toContain('src/content/measures/en/07.mdx: file: missing language twin (every page must exist in both zh-cn and en)');
  });

  it('reports a Q&A answer whose twin is missing in Chinese', () => {
    const problems = brokenCopy((c) => writeFileSync(join(c, 'qa/en/99-extra.md'), '---\norder: 99\nquestion: "Extra?"\nmeasures: [1]\n---\n\nAnswer.\n'));
    expect(problems).toContain('src/content/qa/zh-cn/99-extra.md: file: missing language twin (every page must exist in both zh-cn and en)');
  });

  it('reports a missing frontmatter field by name', () => {
    const problems = brokenCopy((c) => edit(join(c, 'measures/en/12.mdx'), (t) => t.replace(/^text: .*$/m, '')));
    expect(problems.join('\n')).toMatch(/^src\/content\/measures\/en\/12\.mdx: text: /m);
  });

  it('reports a missing measure in one language', () => {
    const problems = brokenCopy((c) => {
      unlinkSync(join(c, 'measures/zh-cn/24.mdx'));
      unlinkSync(join(c, 'measures/en/24.mdx'));
    });
    expect(problems).toContain('src/content/measures/zh-cn/24.mdx: number: measure 24 is missing');
    expect(problems).toContain('src/content/measures/en/24.mdx: number: measure 24 is missing');
  });

  it('reports a Q&A answer pointing to a measure that does not exist', () => {
    const problems = brokenCopy((c) => edit(join(c, 'qa/zh-cn', firstQa(c)), (t) => t.replace(/^measures: .*$/m, 'measures: [25]')));
    expect(problems.join('\n')).toMatch(new RegExp(`^src/content/qa/zh-cn/${firstQa('src/content')}: measures\\[0\\]: `, 'm'));
  });

  it('reports Q&A twins that cite different measures', () => {
    const problems = brokenCopy((c) => edit(join(c, 'qa/en', firstQa(c)), (t) => t.replace(/^measures: .*$/m, 'measures: [1, 2, 3]')));
    expect(problems).toContain(`src/content/qa/en/${firstQa('src/content')}: measures: differs from its twin src/content/qa/zh-cn/${firstQa('src/content')}`);
  });

  it('reports an English plan whose sections differ from the Chinese', () => {
    const problems = brokenCopy((c) => edit(join(c, 'plan/en.mdx'), (t) => t.replace('id="main-goals"', 'id="goals"')));
    expect(problems.join('\n')).toMatch(/^src\/content\/plan\/en\.mdx: structure: sections\/ids differ/m);
  });
});

function firstQa(content: string): string {
  return readdirSync(join(content, 'qa/zh-cn')).sort()[0]!;
}
