import { test, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { readFrontmatter } from '../support/frontmatter';
import { readBuilt } from '../support/built-site';
import { currentShowcases, type EventDates } from '../../src/lib/press/showcase-calendar';

// dist/ is built for the day the build ran (Beijing time), so whether its home page carries an
// event banner depends on that day: read the day back from the fact sheet's citation ("accessed"
// date) and hold the banner to the event calendar, never to today's date.
const dir = 'src/content/showcases/zh-cn';
const showcases = readdirSync(dir).map((f) => ({
  slug: f.replace(/\.mdx?$/, ''),
  data: readFrontmatter(f, readFileSync(`${dir}/${f}`, 'utf8')).data as EventDates & { event: string },
}));

test('the home page carries an event banner exactly when the build day falls in an event', () => {
  const day = /\[(\d{4}-\d{2}-\d{2})\]\. http/.exec(readBuilt('/press/fact-sheet/'))?.[1];
  expect(day, 'the fact sheet citation names the day of the build').toBeDefined();
  const current = currentShowcases(showcases, day!);
  const home = readBuilt('/');
  if (current.length === 0) expect(home).not.toContain('event-banner');
  else for (const showcase of current) expect(home).toMatch(new RegExp(`class="event-banner"[\\s\\S]*href="/press/showcases/${showcase.slug}/"`));
});
