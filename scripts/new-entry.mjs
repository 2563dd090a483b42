#!/usr/bin/env node
// Scaffold a case or pilot in both languages: `npm run new -- case <slug>` / `npm run new -- pilot <slug>`.
// The files are created with every required field and empty texts, so the build refuses them,
// naming each empty field, until an author has filled them in: nothing is published half-done.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [kind, slug] = process.argv.slice(2);
const usage = 'usage: npm run new -- case <slug>   |   npm run new -- pilot <slug>   (slug: lowercase-words-with-dashes)';
if (!['case', 'pilot'].includes(kind ?? '') || !slug) {
  console.error(usage);
  process.exit(2);
}
if (!/^[a-z][a-z0-9-]*$/.test(slug)) {
  console.error(`"${slug}" is not a valid slug.\n${usage}`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);
const common = (lang) => `title: ""          # ${lang === 'zh-cn' ? '标题' : 'title'}, at least 4 characters
summary: ""        # one or two sentences
measures: []       # plan measures it corresponds to, e.g. [7, 11]
planWords: []      # for each measure, the plan's exact words: - { measure: 7, quote: "大力发展可再生能源" }
street: null       # a subdistrict id (see src/lib/schemas/case-entry.ts STREETS) or null
site: ""           # the site, in this language
published: ${today}
provenance: reported   # official (a government publication) | reported (a named news report, with its url)
sources: []        # - { publisher: "…", title: "…", date: "2024-05-01", url: "https://…" }  (see docs/authoring.md)`;
const frontmatter = (lang) =>
  kind === 'case'
    ? `${common(lang)}\nsector: buildings  # buildings | energy | transport | industry | daily-life | governance | education\nyear: ${year}`
    : `${common(lang)}\nkind: green-school  # see PILOT_KINDS in src/lib/schemas/pilot-entry.ts\nstartYear: ${year}\nstatus: planned     # planned | in-progress | completed, as the latest source states it\nstatusAsOf: ${today}  # the date of that source`;
const body = { 'zh-cn': '## 背景\n\n（正文）\n', en: '## Background\n\n(Text)\n' };
const folder = kind === 'case' ? 'cases' : 'pilots';
const files = ['zh-cn', 'en'].map((lang) => join('src/content', folder, lang, `${slug}.mdx`));
const taken = files.filter((f) => existsSync(f));
if (taken.length) {
  console.error(`Already exists: ${taken.join(', ')}`);
  process.exit(1);
}
for (const [i, lang] of ['zh-cn', 'en'].entries()) {
  mkdirSync(join('src/content', folder, lang), { recursive: true });
  writeFileSync(files[i], `---\n${frontmatter(lang)}\n---\n\n${body[lang]}`);
  console.log(`created ${files[i]}`);
}
console.log(`Fill in both files (the build names every field still missing). See docs/authoring.md.`);
