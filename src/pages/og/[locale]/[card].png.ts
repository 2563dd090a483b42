import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { measureEntries, showcaseEntries, slugOf } from '../../../lib/content/queries';
import { socialCardPath } from '../../../lib/images/social-cards';
import { socialCardPng, type SocialCard } from '../../../lib/images/social-card';
import { t } from '../../../lib/i18n/translate';

// /og/<locale>/<page>.png — the Open Graph / Twitter preview image of each main page, 1200 × 630,
// drawn at build time (see lib/social-cards.ts for which pages have one).
export const getStaticPaths = (async () => {
  const paths = [];
  for (const locale of LOCALES) {
    const card = (routePath: string, kicker: string, title: string) => {
      const file = socialCardPath(locale, routePath); // og/<locale>/<name>.png
      const name = file.slice(`og/${locale}/`.length, -'.png'.length);
      const footer = t(locale, 'og.footer');
      return { params: { locale, card: name }, props: { routePath, card: { title, kicker, siteName: t(locale, 'site.name'), footer } satisfies SocialCard } };
    };
    paths.push(card('/', t(locale, 'site.subtitle'), t(locale, 'og.homeTitle')));
    paths.push(card('/plan/', t(locale, 'og.planKicker'), t(locale, 'site.name')));
    for (const m of await measureEntries(locale)) paths.push(card(`/measures/${m.data.number}/`, t(locale, 'common.measureN', { n: m.data.number }), m.data.title));
    for (const s of await showcaseEntries(locale)) paths.push(card(`/press/showcases/${slugOf(s)}/`, t(locale, `showcase.event.${s.data.event}`), s.data.title));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params }) => {
  const { card, routePath } = props as { card: SocialCard; routePath: string };
  const png = socialCardPng(card, `social card of ${routePath} (${params.locale as Locale})`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
