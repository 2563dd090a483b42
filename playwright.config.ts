import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/e2e/support/chromium';
import { PREVIEW_ORIGIN, PREVIEW_PORT } from './tests/support/built-site';

// End-to-end tests run against the production build in dist/, served by the project's static
// host (scripts/static-host.mjs, with the headers of public/_headers) on the origin the build's
// default SITE_URL names.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: PREVIEW_ORIGIN,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/static-host.mjs dist --host 127.0.0.1 --port ${PREVIEW_PORT}`,
    url: `${PREVIEW_ORIGIN}/`,
    // Never reuse a server already on the port: it may serve another checkout's dist/ (a
    // worktree, a CI clone), and the tests would silently check the wrong site. A busy port fails
    // with Playwright's clear "already used" message instead.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
