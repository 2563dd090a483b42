import { test, expect } from '@playwright/test';

test.describe('reading the plan', () => {
  test('the full Chinese text has all 24 measures with anchors, responsibility lines and the closing block', async ({ page }) => {
    await page.goto('/plan/');
    await expect(page.locator('article.plan-measure')).toHaveCount(24);
    await expect(page.locator('#measure-7')).toContainText('力争分布式光伏装机容量增加20%以上');
    await expect(page.locator('#measure-9')).toContainText('金融街服务局等按职责分工负责');
    await expect(page.locator('#measure-24')).toContainText('区委组织部和各有关部门按职责分工负责');
    await expect(page.locator('#distribution')).toContainText('2022年12月29日印发');
    await expect(page.locator('.plan-meta')).toContainText('西政发〔2022〕10号');
    await expect(page.locator('.plan-meta')).toContainText('《北京市碳达峰实施方案》');
    await expect(page.locator('main')).not.toContainText('tanpaifang');
  });

  test('the English plan has the same anchors and says it is unofficial', async ({ page }) => {
    await page.goto('/en/plan/#measure-15');
    await expect(page.locator('article.plan-measure')).toHaveCount(24);
    await expect(page.locator('#measure-15')).toContainText('0.9 km');
    await expect(page.locator('.translation-notice')).toHaveText('Unofficial translation; the Chinese text prevails.');
    await expect(page.locator('#main-goals')).toContainText('2030');
  });

  test('the table of contents reaches every measure', async ({ page }) => {
    await page.goto('/plan/');
    await expect(page.locator('.toc a[href^="#measure-"]')).toHaveCount(24);
    await page.locator('.toc a[href="#measure-18"]').click();
    await expect(page).toHaveURL(/#measure-18$/);
    await expect(page.locator('#measure-18')).toBeInViewport();
  });

  test('copy citation copies the measure citation with its permalink', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/plan/');
    const cite = page.locator('#measure-7 details.cite');
    await cite.locator('summary').click();
    await cite.getByRole('button', { name: '复制引用' }).click();
    await expect(cite.locator('[role="status"]')).toHaveText('已复制到剪贴板');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^西城区推进碳达峰实施方案（西政发〔2022〕10号）第7条 http:\/\/localhost:4321\/plan\/#measure-7$/);
  });

  test('the English measure page copies the English citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/measures/11/');
    await page.locator('details.cite summary').first().click();
    await page.getByRole('button', { name: 'Copy citation' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'Xicheng District Implementation Plan for Advancing Carbon Peaking (Xi Zheng Fa [2022] No. 10), Measure 11',
    );
  });

  test('printing hides navigation and controls', async ({ page }) => {
    await page.goto('/plan/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('details.cite').first()).toBeHidden();
    await expect(page.locator('#measure-24')).toBeVisible();
  });
});

test.describe('a measure page', () => {
  test('shows text, explanation, bodies, targets and neighbours', async ({ page }) => {
    await page.goto('/measures/11/');
    await expect(page.locator('h1')).toHaveText('第11条 提升绿色建造水平');
    await expect(page.locator('.official-text')).toContainText('装配式建筑占新建面积比例达55%');
    await expect(page.locator('.responsible-bodies a')).toHaveText(['区发展改革委', '区财政局', '市规划自然资源委西城分局', '区住房城市建设委']);
    await expect(page.locator('.responsible-bodies__flag')).toContainText('等');
    // 55% prefabricated, two three-star standards, at least one renewable, rooftop PV ≥ 50%
    await expect(page.locator('table.targets tbody tr')).toHaveCount(5);
    await expect(page.locator('table.targets')).toContainText('不低于50%');
    await expect(page.locator('table.targets')).toContainText('3星级及以上');
    await expect(page.locator('.targets__data')).toContainText('1.1.0');
    await expect(page.locator('.targets__data code')).toHaveCount(0);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/measures/10/');
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/measures/12/');
    await page.locator('.responsible-bodies a', { hasText: '区财政局' }).click();
    await expect(page).toHaveURL('/departments/finance/');
    await expect(page.locator('.measure-card')).toHaveCount(2);
  });

  test('the first and last measures have one neighbour each', async ({ page }) => {
    await page.goto('/en/measures/1/');
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.goto('/en/measures/24/');
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });
});

test.describe('switching language', () => {
  test('lands on the same page in the other language and back', async ({ page }) => {
    await page.goto('/measures/7/');
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL('/en/measures/7/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toContainText('Measure 7');
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL('/measures/7/');
    await expect(page.locator('h1')).toContainText('第7条');
  });

  test('keeps the search query, the list filters and the anchor', async ({ page }) => {
    await page.goto('/search/?q=%E5%85%89%E4%BC%8F');
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL('/en/search/?q=%E5%85%89%E4%BC%8F');
    await page.goto('/en/measures/');
    await page.locator('select[name="category"]').selectOption({ index: 2 });
    const filtered = new URL(page.url()).search;
    expect(filtered).toMatch(/^\?.+=/);
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(`/measures/${filtered}`);
    await page.goto('/plan/#measure-7');
    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL('/en/plan/#measure-7');
  });
});

test.describe('the measures list', () => {
  test('filters by category and by body, and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/measures/');
    await expect(page.locator('.measure-card:visible')).toHaveCount(24);
    await page.getByLabel('类别').selectOption('green-transport');
    await expect(page.locator('.measure-card:visible')).toHaveCount(3);
    await expect(page.locator('[data-filter-status]')).toHaveText('显示 3 项任务措施（共24项）');
    await page.getByLabel('类别').selectOption('');
    await page.getByLabel('责任单位').selectOption('financial-street-service');
    await expect(page.locator('.measure-card:visible')).toHaveCount(2);
    expect(await page.locator('.measure-card:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-measure')))).toEqual(['9', '20']);
    await expect(page).toHaveURL(/department=financial-street-service/);
    await page.reload();
    await expect(page.locator('.measure-card:visible')).toHaveCount(2);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page.locator('.measure-card:visible')).toHaveCount(24);
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the plan, the measures and the matrix are complete', async ({ page }) => {
    await page.goto('/plan/');
    await expect(page.locator('article.plan-measure')).toHaveCount(24);
    await expect(page.locator('details.cite').first()).toBeVisible();
    await page.goto('/en/measures/');
    await expect(page.locator('.measure-card')).toHaveCount(24);
    await expect(page.locator('form[data-list-filter]')).toBeHidden();
    await page.goto('/departments/');
    await expect(page.locator('table.matrix tbody tr')).toHaveCount(24);
  });

  test('the citation can still be read and selected', async ({ page }) => {
    await page.goto('/measures/7/');
    await page.locator('details.cite summary').first().click();
    await expect(page.locator('[data-citation]').first()).toHaveText('西城区推进碳达峰实施方案（西政发〔2022〕10号）第7条');
    await expect(page.getByRole('button', { name: '复制引用' })).toBeHidden();
  });

  test('the search page explains that search needs JavaScript', async ({ page }) => {
    await page.goto('/search/?q=光伏');
    await expect(page.locator('main')).toContainText('搜索需要启用 JavaScript');
  });
});

test.describe('discoverability', () => {
  test('sitemap lists both languages with hreflang alternates; robots.txt points to it', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('<loc>http://localhost:4321/en/measures/7/</loc>');
    expect(sitemap).toContain('hreflang="zh-CN"');
    expect(sitemap).not.toContain('404');
  });

  test('pages carry canonical and alternate links', async ({ page }) => {
    await page.goto('/en/departments/finance/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:4321/en/departments/finance/');
    await expect(page.locator('link[hreflang="zh-CN"]')).toHaveAttribute('href', 'http://localhost:4321/departments/finance/');
  });

  test('an unknown address gets the bilingual 404 page', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('main')).toContainText('页面未找到');
    await expect(page.locator('main')).toContainText('Page not found');
  });
});
