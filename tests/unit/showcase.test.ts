import { describe, expect, it } from 'vitest';
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { useBrokenContentCopy, edit } from '../support/broken-copy';
import { caseEntrySchema } from '../../src/lib/schemas/case-entry';
import { pilotEntrySchema } from '../../src/lib/schemas/pilot-entry';
import { checkResultsBelongToPilots } from '../../src/lib/checks/datasets';
import { parseDataset } from '../../src/lib/datasets/parse-dataset';
import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';
import { atomFeed } from '../../src/lib/entries/atom-feed';
import { ContentError } from '../../src/lib/checks/validation-errors';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// Cases and pilots: schemas, twins and results, each failure named by file and field.
const brokenCopy = useBrokenContentCopy();

// A test fixture, not public content: invented facts belong here and in templates only.
const report = { publisher: '某报（测试）', title: '某小学安装屋顶光伏', date: '2024-05-01', url: 'https://news.example/pv' };
const validCase = {
  title: '某小学屋顶光伏（测试）', summary: '一所小学在屋顶安装光伏发电系统。', measures: [7], sector: 'education',
  planWords: [{ measure: 7, quote: '大力发展可再生能源' }],
  street: 'shichahai', site: '某小学（测试）', year: 2024, published: '2026-11-01', provenance: 'reported', sources: [report],
};
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('case and pilot schemas', () => {
  it('accept a complete reported case', () => {
    expect(caseEntrySchema.safeParse(validCase).success).toBe(true);
  });
  it('refuse an unknown measure number', () => {
    expect(issues(caseEntrySchema.safeParse({ ...validCase, measures: [25] }))).toEqual([expect.stringMatching(/^measures\.0: .*24/)]);
  });
  it('refuse content without a source, example content, and a news report readers cannot open', () => {
    expect(issues(caseEntrySchema.safeParse({ ...validCase, sources: [] }))).toContain('sources: name at least one source: the publication the facts come from');
    expect(issues(caseEntrySchema.safeParse({ ...validCase, provenance: 'illustrative' }))[0]).toMatch(/^provenance: must be official .* or reported/);
    expect(issues(caseEntrySchema.safeParse({ ...validCase, sources: [{ ...report, url: null }] }))).toEqual(['sources: a reported entry must link the news report it rests on (a source with a url)']);
    const official = { ...validCase, provenance: 'official', sources: [{ publisher: '北京市西城区人民政府', title: '某文件', date: '2023-06', url: null }] };
    expect(caseEntrySchema.safeParse(official).success).toBe(true);
  });
  it('refuse a pilot kind the plan does not name', () => {
    const pilot = { ...validCase, kind: 'eco-zoo', startYear: 2024, status: 'planned', statusAsOf: '2024-05-01' } as Record<string, unknown>;
    delete pilot.sector;
    delete pilot.year;
    expect(issues(pilotEntrySchema.safeParse(pilot))).toEqual([expect.stringMatching(/^kind: /)]);
  });
});

describe('content integrity of cases and pilots', () => {
  it('reports a case without its English twin', () => {
    const [slug] = readdirNames('src/content/cases/zh-cn');
    const problems = brokenCopy((c) => unlinkSync(join(c, 'cases/en', slug!)));
    expect(problems).toContain(`src/content/cases/en/${slug}: file: missing language twin (every page must exist in both zh-cn and en)`);
  });
  it('reports twins that disagree on a fact', () => {
    const [slug] = readdirNames('src/content/pilots/zh-cn');
    const problems = brokenCopy((c) => edit(join(c, 'pilots/en', slug!), (t) => t.replace(/^startYear: \d+/m, 'startYear: 2035')));
    expect(problems).toContain(`src/content/pilots/en/${slug}: startYear: differs from its twin src/content/pilots/zh-cn/${slug}`);
  });
});

describe('npm run new (scaffold)', () => {
  it('creates both twins, which the build refuses until the texts are written', () => {
    const problems = brokenCopy((content) => {
      const project = join(content, '..', '..');
      for (const kind of ['case', 'pilot']) execFileSync('node', [resolve('scripts/new-entry.mjs'), kind, 'brand-new'], { cwd: project, stdio: 'pipe' });
    });
    for (const folder of ['cases', 'pilots']) {
      for (const locale of ['zh-cn', 'en']) {
        const file = `src/content/${folder}/${locale}/brand-new.mdx`;
        expect(problems).toContain(`${file}: title: Too small: expected string to have >=4 characters`);
        expect(problems.some((p) => p.startsWith(`${file}: measures: `))).toBe(true);
      }
    }
  });
  it('refuses a bad slug', () => {
    expect(() => execFileSync('node', ['scripts/new-entry.mjs', 'case', 'Bad Slug'], { stdio: 'pipe' })).toThrow(/not a valid slug/);
  });
});

describe('pilot results (withdrawn 1.0.0, kept for the record)', () => {
  const file = 'src/data/datasets/pilot-results/1.0.0.json';
  const raw = readFileSync(file, 'utf8');
  it('a result without a unit or a period is refused, naming row and field', () => {
    const json = JSON.parse(raw);
    json.rows[0].unitEn = '';
    json.rows[1].latestPeriod = '';
    expect(() => parseDataset(file, JSON.stringify(json))).toThrow(/rows\[0\]\.unitEn: a result needs a unit[\s\S]*rows\[1\]\.latestPeriod: a result needs the period/);
  });
  it('a row for a pilot that does not exist is refused', () => {
    const rows = parseDataset(file, raw).rows;
    expect(() => checkResultsBelongToPilots(rows as never, ['no-such-pilot'], file)).toThrow(ContentError);
  });
});

describe('Atom feed', () => {
  it('escapes text and dates entries by publication, not build time', () => {
    const xml = atomFeed({
      url: 'https://example.org/feed.xml', homeUrl: 'https://example.org/cases/', title: 'A & B', lang: 'en', author: 'Portal',
      entries: [{ url: 'https://example.org/cases/x/', title: '<x>', summary: 'a "b"', updated: '2026-10-01', category: 'Cases' }],
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>&lt;x&gt;</title>');
    expect(xml).toContain('<updated>2026-10-01T00:00:00Z</updated>');
    expect(xml).not.toMatch(/<updated>(?!2026-10-01)/);
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('example content stays off the public site', () => {
  it.each([
    ['tests/fixtures/entries/illustrative-case.zh-cn.mdx', caseEntrySchema],
    ['tests/fixtures/entries/illustrative-pilot.zh-cn.mdx', pilotEntrySchema],
  ] as const)('%s (an invented example, kept as a fixture) is refused by the public schema', (file, schema) => {
    const { data } = readFrontmatter(file, readFileSync(file, 'utf8'));
    expect(issues(schema.safeParse(data))).toEqual(expect.arrayContaining([expect.stringMatching(/^provenance: must be official .* or reported/)]));
  });
});
