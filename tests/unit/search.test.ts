import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/lib/sources/read-sources';
import { checkSearchWords } from '../../src/lib/checks/search-words';
import { readSearchWords, SEARCH_WORDS_PATH as SEARCH_WORDS_FILE } from '../../src/lib/search/search-words';
import { expandQuery, type VocabularyEntry } from '../../src/lib/search/expand-query';
import { indexedText, wordsOnPage, withVocabulary } from '../../src/lib/search/page-vocabulary';
import { rankByAuthority, matchingSections, mergeSubResults, answerBoost, definitionBoost, isQuestion, headingOverlap } from '../../src/lib/search/ranking';
import { closeness, closestSuggestions, editDistance } from '../../src/lib/search/suggestions';
import { toSimplified, TRADITIONAL_TABLE_SIZES } from '../../src/lib/search/traditional-chinese';
import { parse } from 'yaml';

const words = readSearchWords(process.cwd());
const vocabulary = (lang: 'zh' | 'en'): VocabularyEntry[] => words.map((w) => [w.planTerm[lang], w.aliases[lang]]);

describe('the everyday vocabulary (search-words.yaml)', () => {
  it('passes its pre-build check and holds at least 60 aliases, in both languages', () => {
    expect(checkSearchWords(readSources(process.cwd()))).toEqual([]);
    const zh = words.flatMap((w) => w.aliases.zh).length;
    const en = words.flatMap((w) => w.aliases.en).length;
    expect(zh).toBeGreaterThanOrEqual(60);
    expect(en).toBeGreaterThanOrEqual(60);
  });
  it('maps the issue’s everyday words to the plan’s', () => {
    const termOf = (lang: 'zh' | 'en', alias: string) => words.filter((w) => w.aliases[lang].includes(alias)).map((w) => w.planTerm[lang]);
    expect(termOf('zh', '充电桩')).toContain('充电设施');
    expect(termOf('zh', '电动车')).toContain('新能源汽车');
    expect(termOf('zh', '绿电')).toContain('可再生能源');
    expect(termOf('zh', '暖气')).toEqual(expect.arrayContaining(['供暖', '供热']));
    expect(termOf('zh', '太阳能板')).toContain('光伏');
    expect(termOf('en', 'electric car')).toContain('new-energy vehicles');
    expect(termOf('en', 'solar panels').length).toBeGreaterThan(0);
  });
  it('refuses a plan term the plan does not use, naming the file and line', () => {
    const sources = readSources(process.cwd());
    const file = sources.content.find((f) => f.path === SEARCH_WORDS_FILE)!;
    const text = `- planTerm: {zh: 充电设施, en: "charging facilities"}\n  aliases:\n    zh: [充电桩]\n\n- planTerm: {zh: 飞行汽车, en: "flying cars"}\n  aliases:\n    zh: [飞车, 飞车]\n  glossaryId: no-such-term\n- planTerm: {zh: 供暖, en: "heating"}\n  aliases:\n    zh: ["<b>暖气</b>"]\n`;
    Object.assign(file, { text, data: parse(text) });
    const problems = checkSearchWords(sources);
    expect(problems).toContain(`${SEARCH_WORDS_FILE}: line 5: planTerm.zh: “飞行汽车” does not occur in the plan's official text; use the plan's exact words`);
    expect(problems).toContain(`${SEARCH_WORDS_FILE}: line 5: planTerm.en: “flying cars” does not occur in the site's English translation of the plan (as a whole word, with this capitalisation)`);
    expect(problems).toContain(`${SEARCH_WORDS_FILE}: line 5: aliases.zh: “飞车” is listed twice`);
    expect(problems).toContain(`${SEARCH_WORDS_FILE}: line 5: glossaryId: no term "no-such-term" in src/content/glossary/terms.yaml`);
    expect(problems.some((p) => p.startsWith(`${SEARCH_WORDS_FILE}: line 9: [2].aliases.zh[0]: must be plain text`))).toBe(true);
  });
});

describe('feeding the vocabulary into the index', () => {
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body><header data-pagefind-ignore>充电设施 新闻</header><main><div data-pagefind-body>${body}</div></main><footer data-pagefind-ignore>光伏</footer></body></html>`;
  it('reads only what Pagefind indexes: the body, without ignored parts and scripts', () => {
    const text = indexedText(page('zh-CN', '<p>推进充电设施建设</p><script>光伏()</script><p data-pagefind-ignore>绿电</p>'));
    expect(text?.language).toBe('zh');
    expect(text?.text).toContain('推进充电设施建设');
    expect(text?.text).not.toMatch(/光伏|绿电|新闻/);
    expect(indexedText('<html lang="en"><body><p>no search body</p></body></html>')).toBeNull();
  });
  it('adds the aliases of the plan terms a page contains, as metadata outside the published page', () => {
    const html = page('zh-CN', '<p>推进老旧小区公共充电桩和充电设施建设</p>');
    const fed = withVocabulary(html, words);
    expect(fed).toMatch(/<meta data-pagefind-meta="aliases\[content\]" content="[^"]*充電樁[^"]*"><\/body>/);
    expect(withVocabulary(page('zh-CN', '<p>与本方案无关</p>'), words)).toBe(page('zh-CN', '<p>与本方案无关</p>'));
    // English: whole words, any case; the header's Chinese words do not count.
    const en = wordsOnPage('Build Charging Facilities in old compounds', 'en', words).map((w) => w.planTerm.en);
    expect(en).toContain('charging facilities');
    expect(wordsOnPage('recharging facilitiesX', 'en', words).map((w) => w.planTerm.en)).not.toContain('charging facilities');
  });
  it('escapes what it writes into the attribute', () => {
    const fed = withVocabulary(page('en', '<p>charging facilities</p>'), [{ planTerm: { zh: '充电设施', en: 'charging facilities' }, aliases: { zh: ['x'], en: ['a "quoted" & <odd> word'] } }]);
    expect(fed).toContain('content="a &quot;quoted&quot; &amp; &lt;odd> word"');
  });
});

describe('everyday words → the plan’s words at query time', () => {
  it('searches the plan term for an everyday word, longest alias first, at most three', () => {
    expect(expandQuery('绿电', vocabulary('zh'))).toContainEqual({ term: '可再生能源', alias: '绿电' });
    expect(expandQuery('充电桩', vocabulary('zh'))[0]).toEqual({ term: '充电设施', alias: '充电桩' });
    expect(expandQuery('electric car', vocabulary('en'))).toContainEqual({ term: 'new-energy vehicles', alias: 'electric car' });
    expect(expandQuery('Electric  Car', vocabulary('en'))).toContainEqual({ term: 'new-energy vehicles', alias: 'electric car' });
    expect(expandQuery('暖气', vocabulary('zh')).length).toBeLessThanOrEqual(3);
  });
  it('matches Latin aliases as whole words only', () => {
    expect(expandQuery('review', vocabulary('en')).map((e) => e.term)).not.toContain('new-energy vehicles');
  });
  it('also searches a plan term spelled out inside a longer question, without claiming it as an everyday word', () => {
    expect(expandQuery('新房子要装光伏吗', vocabulary('zh'))).toContainEqual({ term: '光伏', alias: null });
    expect(expandQuery('光伏', vocabulary('zh')).map((e) => e.term)).not.toContain('光伏');
  });
  it('folds traditional characters to simplified', () => {
    expect(toSimplified('充電樁')).toBe('充电桩');
    expect(toSimplified('新能源汽車補貼')).toBe('新能源汽车补贴');
    expect(toSimplified('光伏 solar')).toBe('光伏 solar');
    expect(TRADITIONAL_TABLE_SIZES[0]).toBe(TRADITIONAL_TABLE_SIZES[1]);
  });
});

describe('ranking by authority', () => {
  const r = (score: number, kind: string, provenance?: string) => ({ score, meta: { kind, provenance } });
  it('puts a measure before a story of equal relevance, and official facts before reported ones', () => {
    expect(rankByAuthority([r(1, 'case'), r(1, 'measure')]).map((x) => x.meta.kind)).toEqual(['measure', 'case']);
    expect(rankByAuthority([r(1, 'case', 'reported'), r(1, 'case', 'official')]).map((x) => x.meta.provenance)).toEqual(['official', 'reported']);
  });
  it('lets a story that is far more relevant still come first', () => {
    expect(rankByAuthority([r(1, 'measure'), r(4, 'case')]).map((x) => x.meta.kind)).toEqual(['case', 'measure']);
  });
  it('recognises questions and how well a heading answers them', () => {
    expect(isQuestion('我家能装光伏吗')).toBe(true);
    expect(isQuestion('what is carbon peaking')).toBe(true);
    expect(isQuestion('充电桩')).toBe(false);
    expect(isQuestion('solar panels')).toBe(false);
    expect(headingOverlap('我家能装光伏吗', '我能在屋顶装光伏吗？方案对太阳能有什么安排？')).toBe(1);
    expect(headingOverlap('who is responsible for heating', 'Which departments does the plan name for building energy efficiency and heating?')).toBe(0.5);
  });
  it('boosts an answering Q&A question for a question only, and a definition searched by name', () => {
    expect(answerBoost('qa', '什么是碳达峰', ['什么是碳达峰和碳中和？这个方案要做什么？'])).toBe(3);
    expect(answerBoost('qa', '碳达峰', ['什么是碳达峰和碳中和？这个方案要做什么？'])).toBe(1);
    expect(answerBoost('measure', '什么是碳达峰', ['什么是碳达峰'])).toBe(1);
    expect(definitionBoost('term', ['净零排放', '碳中和'], ['碳达峰', '碳中和'])).toBe(2);
    expect(definitionBoost('term', ['carbon peaking'], ['carbon peaking (peak carbon dioxide emissions)'])).toBe(2);
    expect(definitionBoost('term', ['光伏'], ['分布式光伏'])).toBe(1);
  });
  it('opens at the section that answers: a named term, then a matching question, then the strongest matches', () => {
    const s = (title: string, score: number, anchor = true) => ({ title, url: `/p/#${title}`, excerpt: '', anchor: anchor ? {} : undefined, weighted_locations: [{ balanced_score: score }] });
    const subs = [s('page', 99, false), s('碳达峰', 5), s('碳中和', 1), s('什么是碳达峰和碳中和？', 2)];
    expect(matchingSections(subs).map((x) => x.title)).toEqual(['碳达峰', '什么是碳达峰和碳中和？', '碳中和']);
    expect(matchingSections(subs, '什么是碳达峰和碳中和').map((x) => x.title)[0]).toBe('什么是碳达峰和碳中和？');
    expect(matchingSections(subs, '净零排放', ['净零排放', '碳中和']).map((x) => x.title)[0]).toBe('碳中和');
    expect(mergeSubResults([[s('a', 1)], [s('a', 3), s('b', 2)]]).map((x) => [x.title, x.weighted_locations![0]!.balanced_score])).toEqual([['a', 3], ['b', 2]]);
  });
});

describe('help when nothing fits', () => {
  const suggestions = [
    { label: 'photovoltaic', href: '/en/learn/glossary/#pv', words: ['photovoltaic', 'PV', 'solar panels'] },
    { label: 'carbon sinks', href: '/en/learn/glossary/#carbon-sinks', words: ['carbon sinks', 'tree planting'] },
    { label: '碳汇', href: '/learn/glossary/#carbon-sinks', words: ['碳汇', '种树'] },
  ];
  it('measures how close a query is to a word', () => {
    expect(editDistance('photovoltiac', 'photovoltaic')).toBe(2);
    expect(closeness('photovoltiac', 'photovoltaic')).toBeCloseTo(0.83, 2);
    expect(closeness('碳汇项目', '碳汇')).toBe(1);
    expect(closeness('x', 'xylophone')).toBe(0);
  });
  it('offers the closest glossary terms, best first, and nothing for nonsense', () => {
    expect(closestSuggestions('photovoltiac', suggestions)[0]).toMatchObject({ word: 'photovoltaic', suggestion: { label: 'photovoltaic' } });
    expect(closestSuggestions('种树活动', suggestions)[0]?.suggestion.label).toBe('碳汇');
    expect(closestSuggestions('jumblewock', suggestions)).toEqual([]);
    // A word within a longer term counts: the retry searches that word.
    const pv = [{ label: 'distributed photovoltaic (PV) power', href: '#distributed-pv', words: ['distributed photovoltaic (PV) power'] }];
    expect(closestSuggestions('photovoltiac', pv, 1, 0.75)[0]?.word).toBe('photovoltaic');
  });
});
