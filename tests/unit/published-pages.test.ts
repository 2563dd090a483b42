import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../src/lib/checks/published/page-safety';
import { officialTextProblems } from '../../src/lib/checks/published/official-text';

// Defence in depth: whatever got past the source checks, the build refuses a finished page with
// markup that runs code, redirects or frames, and a plan page whose official text was altered.
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>x</title><script type="module" src="/_astro/a.js"></script></head><body>\n${body}\n</body></html>`;

describe('unsafe markup on a finished page', () => {
  it('passes an ordinary page with file scripts and structured data', () => {
    expect(unsafeMarkup('dist/index.html', page('<p><a href="https://example.org/">x</a></p><script type="application/ld+json">{"@context":"https://schema.org"}</script>'))).toEqual([]);
  });
  it.each([
    ['an inline script', '<script>alert(1)</script>', /line 2: inline <script>/],
    ['an event handler', '<img src="/a.png" alt="" onerror="alert(1)">', /<img>: event-handler attribute onerror/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /<a>: href="javascript:alert\(1\)": javascript:\/data: URLs are not allowed/],
    ['a data: URL', '<a href=" data:text/html,x">x</a>', /javascript:\/data: URLs are not allowed/],
    ['a refresh redirect', '<meta http-equiv="Refresh" content="0;url=https://evil.example/">', /http-equiv="refresh" redirects are not allowed/],
    ['a frame', '<iframe src="https://evil.example/"></iframe>', /frames and embedded objects are not allowed/],
    ['a base element', '<base href="https://evil.example/">', /<base> would change where every link goes/],
  ])('refuses %s, naming the page and line', (_what, html, message) => {
    const problems = unsafeMarkup('dist/cases/x/index.html', page(html));
    expect(problems).toEqual([expect.stringMatching(/^dist\/cases\/x\/index\.html: line \d+: /)]);
    expect(problems[0]).toMatch(message);
  });
});

describe('the official text on a rendered page', () => {
  const official = '1.标题。正文第一句，\n第二句。（区发展改革委负责）\n抄送: 各部门。';
  const plan = (text: string) => `<div data-official-text="plan"><h5>1.标题。</h5><p>${text}<span>（区发展改革委负责）</span></p><p data-official-ignore><a href="/measures/1/">查看解读</a></p><p>抄送：各部门。</p></div>`;
  it('matches whitespace aside, ignoring interface marked data-official-ignore', () => {
    expect(officialTextProblems('dist/plan/index.html', plan('正文第一句，第二句。'), official)).toEqual([]);
  });
  it('refuses one changed character, showing where the texts part', () => {
    const [problem] = officialTextProblems('dist/plan/index.html', plan('正文第一句，第三句。'), official);
    expect(problem).toMatch(/^dist\/plan\/index\.html: the official Chinese text differs .*first difference at character \d+: page "…[^"]*第三句/);
  });
  it('requires an excerpt (a measure page) to occur in the official text', () => {
    expect(officialTextProblems('dist/measures/1/index.html', '<p data-official-text="excerpt">正文第一句，第二句。（区发展改革委负责）</p>', official)).toEqual([]);
    expect(officialTextProblems('dist/measures/1/index.html', '<p data-official-text="excerpt">正文第一句。（区统计中心负责）</p>', official)).toHaveLength(1);
  });
});
