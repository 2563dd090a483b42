import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readSources, type Sources } from '../../src/lib/sources/read-sources';
import { checkQuizBank, MIN_ITEMS_PER_BAND } from '../../src/lib/checks/quiz-bank';
import { QUIZ_FILE } from '../../src/lib/checks/learning-content';
import { quizQuestionSchema, type QuizQuestion } from '../../src/lib/schemas/quiz-question';
import { GRADE_BANDS } from '../../src/lib/schemas/lesson-entry';
import { QUIZ_PICTURES } from '../../src/components/learn/quiz-pictures/registry';
import { wordingSkeleton } from '../../src/lib/learn/wording-variants';
import { bankOf } from '../../src/lib/learn/quiz-banks';
import { scoreQuiz } from '../../src/lib/learn/quiz-scoring';

// The quiz banks' schema and checks (src/lib/checks/quiz-bank.ts), run on the real sources and on
// copies with one item broken; the bad-content corpus repeats one case end to end.
const real = readSources(process.cwd());
const quizFile = real.content.find((f) => f.path === QUIZ_FILE)!;
const items = (quizFile.data as unknown[]).map((q) => quizQuestionSchema.parse(q));

/** The sources with the quiz file replaced by these items (text and data agree, so lines are real). */
function withItems(next: unknown[]): Sources {
  const text = stringify(next);
  return { ...real, content: real.content.map((f) => (f.path === QUIZ_FILE ? { ...f, text, data: parse(text) } : f)) };
}
const edited = (id: string, edit: (q: QuizQuestion) => void) =>
  withItems(items.map((q) => {
    const copy = structuredClone(q);
    if (copy.id === id) edit(copy);
    return copy;
  }));
const lineOf = (sources: Sources, id: string) => sources.content.find((f) => f.path === QUIZ_FILE)!.text.split('\n').findIndex((l) => l === `- id: ${id}`) + 1;

describe('quiz banks', () => {
  it('the real banks pass: at least 12 items in each band, every kind used', () => {
    expect(checkQuizBank(real)).toEqual([]);
    for (const band of GRADE_BANDS) expect(bankOf(items, band).length, band).toBeGreaterThanOrEqual(MIN_ITEMS_PER_BAND);
    expect(items.filter((q) => q.band === 'primary' && q.kind === 'picture').length).toBeGreaterThanOrEqual(4);
    expect(items.filter((q) => q.band === 'senior' && q.kind === 'wording').length).toBeGreaterThanOrEqual(4);
  });

  it('every picture has a text alternative in both languages and something to draw', () => {
    for (const [id, picture] of Object.entries(QUIZ_PICTURES)) {
      expect(picture.alt.zh.length, id).toBeGreaterThan(1);
      expect(picture.alt.en.length, id).toBeGreaterThan(3);
      expect(picture.shapes.length, id).toBeGreaterThan(1);
    }
  });

  it('refuses a picture id that is not in the registry, naming the file and the item’s line', () => {
    const sources = edited('primary-new-homes-solar', (q) => (q.pictures![1] = 'photo-of-boiler' as never));
    const line = lineOf(sources, 'primary-new-homes-solar');
    expect(line).toBeGreaterThan(1);
    expect(checkQuizBank(sources)).toContainEqual(`${QUIZ_FILE}: line ${line}: [1].pictures[1]: no picture "photo-of-boiler" in src/components/learn/quiz-pictures/registry.ts`);
  });

  it('refuses a picture item without one picture per option, and pictures on other kinds', () => {
    expect(checkQuizBank(edited('primary-new-homes-solar', (q) => q.pictures!.pop()))).toContainEqual(expect.stringMatching(/\[1\]\.pictures: one picture per option/));
    expect(checkQuizBank(edited('primary-peak-year', (q) => (q.pictures = ['sun', 'coal', 'oil-barrel'])))).toContainEqual(expect.stringMatching(/\[0\]\.pictures: a picture item lists one picture per option/));
  });

  it('refuses an answer index out of range and options that repeat', () => {
    expect(checkQuizBank(edited('primary-peak-year', (q) => (q.answer = 3)))).toContainEqual(expect.stringMatching(/^src\/content\/quiz\/questions\.yaml: line \d+: \[0\]\.answer: answer must be the index/));
    expect(checkQuizBank(edited('primary-peak-year', (q) => (q.zh.options[2] = q.zh.options[0]!)))).toContainEqual(expect.stringMatching(/\[0\]\.zh\.options: options must differ/));
  });

  it('refuses a wording item whose correct option is not the plan’s exact words', () => {
    const problems = checkQuizBank(edited('wording-peak-goal', (q) => (q.zh.options[0] = '确保2035年前实现碳达峰目标')));
    expect(problems).toContainEqual(expect.stringMatching(/: zh\.options\[0\]: “确保2035年前实现碳达峰目标” does not occur in the plan's official text/));
    const english = checkQuizBank(edited('wording-peak-goal', (q) => (q.en.options[0] = 'guarantee that the carbon peaking goal is achieved before 2030')));
    expect(english).toContainEqual(expect.stringMatching(/: en\.options\[0\]: .* does not occur in the site's English translation of main-goals/));
  });

  it('refuses a wording distractor that changes more than the commitment or scope word, or is also the plan’s wording', () => {
    const reworded = checkQuizBank(edited('wording-peak-goal', (q) => (q.zh.options[1] = '力争2035年前实现碳达峰目标')));
    expect(reworded).toContainEqual(expect.stringMatching(/zh\.options\[1\]: “力争2035年前实现碳达峰目标” differs from the plan's wording in more than the commitment or scope word/));
    const twoRight = checkQuizBank(edited('wording-carbon-asset-management', (q) => {
      q.zh.options[1] = '鼓励重点排放企业开展碳资产管理，支持企业参与全国碳排放权市场交易';
    }));
    expect(twoRight.some((p) => /zh\.options\[1\]: .*(also occurs|differs from)/.test(p))).toBe(true);
  });

  it('takes a qualifier out as a wording variant: the plan’s sentence without 原则上 is a fair distractor', () => {
    expect(wordingSkeleton('原则上禁止新建和扩建燃气独立供暖系统')).toBe(wordingSkeleton('禁止新建和扩建燃气独立供暖系统'));
    expect(wordingSkeleton('要求重点排放企业开展碳资产管理')).toBe(wordingSkeleton('鼓励重点排放企业开展碳资产管理'));
    expect(wordingSkeleton('确保2030年前实现碳达峰目标')).not.toBe(wordingSkeleton('确保2060年前实现碳中和目标'));
  });

  it('refuses a band with fewer than 12 items', () => {
    const keep = new Set(bankOf(items, 'primary').slice(0, MIN_ITEMS_PER_BAND - 1));
    const problems = checkQuizBank(withItems(items.filter((q) => q.band !== 'primary' || keep.has(q))));
    expect(problems).toContainEqual(`${QUIZ_FILE}: band: the primary bank has ${MIN_ITEMS_PER_BAND - 1} items; each band needs at least ${MIN_ITEMS_PER_BAND}`);
  });
});

describe('quiz scoring per band', () => {
  it('scores one band’s bank on its own items only', () => {
    const junior = bankOf(items, 'junior');
    const answers = Object.fromEntries(items.map((q) => [q.id, q.answer])); // every item of every band answered correctly
    expect(scoreQuiz(junior, answers)).toEqual({ total: junior.length, answered: junior.length, correct: junior.length, percent: 100 });
    const primary = bankOf(items, 'primary');
    const firstWrong = { ...answers, [primary[0]!.id]: (primary[0]!.answer + 1) % primary[0]!.zh.options.length };
    expect(scoreQuiz(primary, firstWrong).correct).toBe(primary.length - 1);
    expect(scoreQuiz(junior, firstWrong).correct).toBe(junior.length);
  });
});
