/** One entry of an Atom feed (RFC 4287). */
export interface FeedEntry {
  /** Absolute URL; also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD */
  updated: string;
  category: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const timestamp = (date: string) => `${date}T00:00:00Z`;

/**
 * An Atom feed. `updated` is the newest entry's date, not the build time, so two builds of the
 * same content produce the same bytes.
 */
export function atomFeed(feed: { url: string; homeUrl: string; title: string; lang: string; author: string; entries: FeedEntry[] }): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '2022-12-29';
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <updated>${timestamp(e.updated)}</updated>
    <category term="${escapeXml(e.category)}"/>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${escapeXml(feed.url)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>
  <updated>${timestamp(updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
