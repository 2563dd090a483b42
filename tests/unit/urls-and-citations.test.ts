import { describe, expect, it } from 'vitest';
import { localizedPath, absoluteUrl, withBase } from '../../src/lib/site/urls';
import { parseSiteUrl } from '../../src/lib/site/origin';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureCitation, sectionCitation } from '../../src/lib/citations/citations';
import { localeFromParam } from '../../src/lib/i18n/locales';
import { planOutline } from '../../src/lib/plan/outline';
import { existsSync, readFileSync } from 'node:fs';

describe('localized URLs', () => {
  it('serve Chinese without a prefix and English under /en/, inside any base path', () => {
    expect(localizedPath('zh-cn', '/measures/7/', '/')).toBe('/measures/7/');
    expect(localizedPath('en', '/measures/7/', '/')).toBe('/en/measures/7/');
    expect(localizedPath('en', '/', '/carbon/')).toBe('/carbon/en/');
    expect(absoluteUrl('/carbon/plan/', 'https://example.org/')).toBe('https://example.org/carbon/plan/');
  });

  it('refuse a route without a leading slash and an unknown locale', () => {
    expect(() => localizedPath('en', 'plan/', '/')).toThrow(/must start with/);
    expect(() => localeFromParam('fr')).toThrow(/Unknown locale/);
  });
});

describe('SITE_URL', () => {
  it('defaults to the local preview and splits origin from sub-path', () => {
    expect(parseSiteUrl(undefined)).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(parseSiteUrl('https://example.org/xicheng-carbon')).toEqual({ site: 'https://example.org', base: '/xicheng-carbon/' });
  });

  it('explains a bad value', () => {
    expect(() => parseSiteUrl('example.org')).toThrow(/SITE_URL is not an absolute URL/);
    expect(() => parseSiteUrl('ftp://example.org/')).toThrow(/http or https/);
  });
  it('is required for a production build, which stops and says how to set it', () => {
    expect(() => parseSiteUrl(undefined, { required: true })).toThrow(/SITE_URL is not set[\s\S]*SITE_URL=https:\/\/carbon\.example\.gov\.cn\/ npm run build/);
    const env = { ...process.env };
    delete env.SITE_URL;
    const build = spawnSync('npx', ['astro', 'build', '--outDir', join(tmpdir(), 'no-site-url')], { encoding: 'utf8', env });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('SITE_URL is not set');
    expect(existsSync(join(tmpdir(), 'no-site-url'))).toBe(false);
  });
});

describe('citations', () => {
  it('name the plan, its number and the measure', () => {
    expect(measureCitation(7, 'zh-cn')).toBe('西城区推进碳达峰实施方案（西政发〔2022〕10号）第7条');
    expect(measureCitation(7, 'en')).toBe('Xicheng District Implementation Plan for Advancing Carbon Peaking (Xi Zheng Fa [2022] No. 10), Measure 7');
    expect(sectionCitation('二、主要目标', 'zh-cn')).toBe('西城区推进碳达峰实施方案（西政发〔2022〕10号）二、主要目标');
  });
});

describe('plan outline', () => {
  it('lists the sections and the seven categories in order', () => {
    const outline = planOutline(readFileSync('src/content/plan/zh-cn.mdx', 'utf8'));
    expect(outline.filter((i) => i.kind === 'section').map((i) => (i.kind === 'section' ? i.id : ''))).toEqual([
      'notice', 'plan', 'guiding-ideology', 'main-goals', 'tasks',
    ]);
    expect(outline.filter((i) => i.kind === 'category').map((i) => (i.kind === 'category' ? i.n : 0))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('content links under a sub-path', () => {
  it('prefixes root-relative links with the base and leaves every other link alone', () => {
    expect(withBase('/plan/#measure-21', '/xicheng-carbon/')).toBe('/xicheng-carbon/plan/#measure-21');
    expect(withBase('/plan/', '/')).toBe('/plan/');
    expect(withBase('/xicheng-carbon/plan/', '/xicheng-carbon/')).toBe('/xicheng-carbon/plan/');
    expect(withBase('https://example.com/x', '/xicheng-carbon/')).toBe('https://example.com/x');
    expect(withBase('//cdn.example/x', '/xicheng-carbon/')).toBe('//cdn.example/x');
    expect(withBase('#local', '/xicheng-carbon/')).toBe('#local');
  });
});
