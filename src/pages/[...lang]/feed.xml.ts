import type { APIRoute } from 'astro';
import { caseEntries, pilotEntries, slugOf } from '../../lib/content/queries';
import { atomFeed } from '../../lib/entries/atom-feed';
import { BCP47, localeStaticPaths, type Locale } from '../../lib/i18n/locales';
import { absoluteUrl, localizedPath } from '../../lib/site/urls';
import { t } from '../../lib/i18n/translate';

// /feed.xml and /en/feed.xml: new cases and pilots, newest first, with absolute URLs.
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(localizedPath(locale, path, base), site!.href);
  const entries = [
    ...(await caseEntries(locale)).map((e) => ({ url: url(`/cases/${slugOf(e)}/`), title: e.data.title, summary: e.data.summary, updated: e.data.published, category: t(locale, 'cases.title') })),
    ...(await pilotEntries(locale)).map((e) => ({ url: url(`/pilots/${slugOf(e)}/`), title: e.data.title, summary: e.data.summary, updated: e.data.published, category: t(locale, 'pilots.title') })),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const body = atomFeed({
    url: url('/feed.xml'),
    homeUrl: url('/cases/'),
    title: t(locale, 'feed.title', { site: t(locale, 'site.name') }),
    lang: BCP47[locale],
    author: t(locale, 'site.name'),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
