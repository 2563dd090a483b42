import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
for (const [url, file, full] of process.argv.slice(2).map((a) => a.split('|'))) {
  await page.goto(`http://127.0.0.1:4321${url}`);
  await page.screenshot({ path: file, fullPage: full === 'full' });
}
await browser.close();
