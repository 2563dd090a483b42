// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { parseSiteUrl } from './src/lib/site/origin.ts';
import { sourceChecks } from './src/integrations/source-checks.ts';
import { publishedSiteChecks } from './src/integrations/published-site-checks.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';
import { precompress } from './src/integrations/precompress.ts';

// The public origin (and sub-path) comes from ONE place: the SITE_URL environment variable. A
// production build without it stops (src/lib/site/origin.ts); `astro dev` uses the local address.
const { site, base } = parseSiteUrl(process.env.SITE_URL, { required: process.argv.includes('build') });

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets always as files, never inlined: public/_headers sends style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Ship every script as a file, never inline: a strict Content-Security-Policy then needs
  // no hashes, and each small script is cached once for all pages.
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    defaultLocale: 'zh-cn',
    locales: ['zh-cn', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    sourceChecks(),
    mdx(),
    // React compiles the learning centre's islands (src/components/islands/); they are mounted by
    // ordinary bundled scripts, not Astro's inline island loader, so the CSP stays hash-free.
    react(),
    sitemap({
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
      // Not the 404 page, nor the bare chart pages meant for other sites' iframes.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/embed\//.test(page),
    }),
    // After the pages are written, before anything indexes them: unsafe markup, the official
    // text and the feeds are checked on the finished files.
    publishedSiteChecks(),
    // Must run after the pages are written: it indexes the finished HTML.
    pagefind(),
    // Must run after Pagefind: the offline service worker stores its index.
    offline(),
    // Last: .gz and .br copies of every finished text file.
    precompress(),
  ],
});
