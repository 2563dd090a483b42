import { test, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { pngSize } from '../support/png-size';
import { builtHtmlFiles, urlPathOf, DEFAULT_BUILD, fileForUrlPath, readBuilt } from '../support/built-site';

// Every page previews well when shared: an og:image that exists and is 1200 × 630.
test('every page has a preview image that exists in the build and is a 1200 × 630 PNG', () => {
  const files = builtHtmlFiles();
  const images = new Set<string>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const twitter = /<meta name="twitter:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, `${urlPathOf(file)} has og:image`).toBeDefined();
    expect(twitter).toBe(og);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).toMatch(/<meta property="og:description" content="[^"]{10,}"/);
    images.add(new URL(og!).pathname);
  }
  for (const path of images) {
    const file = fileForUrlPath(path, DEFAULT_BUILD);
    expect(file, `${path} exists in dist/`).toBeDefined();
    expect(pngSize(readFileSync(file!))).toEqual({ width: 1200, height: 630 });
  }
  // The main pages have their own card: home, plan, 24 measures and each showcase, per language.
  expect(images.size).toBeGreaterThanOrEqual(2 * (1 + 1 + 24 + 6));
});

test('the main pages preview their own title', () => {
  expect(readBuilt('/en/measures/7/')).toContain('<meta property="og:image" content="http://localhost:4321/og/en/measures-7.png"');
  expect(readBuilt('/press/showcases/2024-low-carbon-day/')).toContain('/og/zh-cn/press-showcases-2024-low-carbon-day.png"');
  expect(readBuilt('/en/targets/')).toContain('/og/en/home.png"');
});

