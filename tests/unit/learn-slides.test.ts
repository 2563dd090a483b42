import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../support/frontmatter';
import { lessonEntrySchema } from '../../src/lib/schemas/lesson-entry';
import { lessonSlides } from '../../src/lib/learn/slides/slide-model';
import { MAX_BULLET, shortStep } from '../../src/lib/learn/slides/short-step';
import { slideForKey, slideFromHash } from '../../src/components/learn/slides/slide-deck';
import { diagramKey, diagramText } from '../../src/lib/learn/diagrams';
import type { Locale } from '../../src/lib/i18n/locales';

// The slides of a lesson (src/lib/learn/slides/), built from the model lesson's frontmatter.
const ROOT = join(import.meta.dirname, '../..');
function lesson(locale: Locale, slug = 'energy-detectives') {
  const file = join(ROOT, 'src/content/lessons', locale, `${slug}.mdx`);
  return lessonEntrySchema.parse(readFrontmatter(file, readFileSync(file, 'utf8')).data);
}
const titles = { 3: '实施绿色生活全民行动', 12: '加强建筑能效管理', 21: '加强示范引领' };

describe('lesson slides', () => {
  const data = lesson('zh-cn');
  const slides = lessonSlides(data, 'zh-cn', titles);

  it('run title, objectives, key points, each activity, discussion, 板书, the measures taught', () => {
    expect(slides.map((s) => s.kind)).toEqual(['title', 'objectives', 'key-points', ...data.activities.map(() => 'activity'), ...data.diagrams.map(() => 'diagram'), 'discussion', 'board', 'closing']);
    expect(slides[0]!.heading).toBe(data.title);
    expect(slides[0]!.meta).toContain(`${data.grades}年级`);
    expect(slides[0]!.meta).toContain(`${data.periodMinutes}分钟`);
    expect(slides[1]!.items).toEqual(data.objectives.map((o) => o.text));
    expect(slides[2]!.items).toEqual(data.keyPoints);
    expect(slides.at(-3)!.items).toEqual(data.discussion);
    expect(slides.at(-2)!.items).toEqual(data.boardPlan);
  });

  it('show each activity with its minutes, its steps as short bullets, and keep the 设计意图 for the notes', () => {
    const activities = slides.filter((s) => s.kind === 'activity');
    activities.forEach((slide, i) => {
      const activity = data.activities[i]!;
      expect(slide.heading).toContain(activity.title);
      expect(slide.meta).toBe(`${activity.minutes}分钟`);
      expect(slide.items).toHaveLength(activity.steps.length);
      for (const item of slide.items) expect([...item].length).toBeLessThanOrEqual(MAX_BULLET['zh-cn'] + 1);
      expect(slide.items.join('')).not.toContain(activity.intent);
      expect(slide.notes).toEqual([...activity.steps, `设计意图：${activity.intent}`]);
    });
  });

  it('close with the measures taught, numbered and titled', () => {
    const closing = slides.at(-1)!;
    expect(closing.measures).toEqual(data.measures);
    expect(closing.items[0]).toBe(`第${data.measures[0]}条　${titles[3]}`);
  });

  it('add a slide for each diagram the lesson names, after the activities', () => {
    const withDiagrams = lessonSlides({ ...data, diagrams: ['greenhouse-effect', 'plan-categories'] }, 'en', {});
    const kinds = withDiagrams.map((s) => s.kind);
    expect(kinds.indexOf('diagram')).toBe(kinds.lastIndexOf('activity') + 1);
    const diagrams = withDiagrams.filter((s) => s.kind === 'diagram');
    expect(diagrams.map((s) => s.diagram)).toEqual(['greenhouse-effect', 'plan-categories']);
    expect(diagrams[0]!.heading).toBe(diagramText('greenhouse-effect', 'en').title);
    expect(diagrams[0]!.notes).toEqual(expect.arrayContaining(diagramText('greenhouse-effect', 'en').longDescription));
    // The numbered key is slide text (legible on a projector); a diagram without one shows none.
    expect(diagrams[0]!.items).toEqual(diagramKey('greenhouse-effect', 'en')!.items);
    expect(diagrams[0]!.meta).toBe(diagramKey('greenhouse-effect', 'en')!.closing);
    expect(diagrams[1]!.items).toEqual([]);
  });

  it('name the period of each activity in a two-period lesson', () => {
    const two = lessonSlides({ ...data, periods: 2, activities: data.activities.map((a, i) => ({ ...a, period: i < 2 ? 1 : 2 })) }, 'zh-cn', titles);
    expect(two[0]!.meta).toContain('2课时');
    expect(two.filter((s) => s.kind === 'activity').map((s) => s.meta!.split(' · ')[0])).toEqual(['第1课时', '第1课时', '第2课时', '第2课时', '第2课时']);
  });

  it('are the same number in both languages (the twins agree on activities)', () => {
    expect(lessonSlides(lesson('en'), 'en', {})).toHaveLength(slides.length);
  });
});

describe('a step as a slide bullet', () => {
  it('keeps the first sentence, not ending inside a quotation', () => {
    expect(shortStep('教师提问：“哪些东西要用电？”请学生回答。教师板书。', 'zh-cn')).toBe('教师提问：“哪些东西要用电？”请学生回答。');
    expect(shortStep('Ask the class. Then write it up.', 'en')).toBe('Ask the class.');
    expect(shortStep('Use 1.5 m of tape, then stop.', 'en')).toBe('Use 1.5 m of tape, then stop.');
  });
  it('cuts a long first sentence after a comma and marks the cut', () => {
    const long = `${'甲'.repeat(30)}，${'乙'.repeat(30)}。`;
    expect(shortStep(long, 'zh-cn')).toBe(`${'甲'.repeat(30)}…`);
  });
});

describe('paging', () => {
  it('reads the slide from the address', () => {
    expect(slideFromHash('#3', 12)).toBe(2);
    expect(slideFromHash('#13', 12)).toBeNull();
    expect(slideFromHash('#0', 12)).toBeNull();
    expect(slideFromHash('#objectives', 12)).toBeNull();
    expect(slideFromHash('', 12)).toBeNull();
  });
  it('moves by key, staying within the deck', () => {
    expect(slideForKey('ArrowRight', false, 0, 5)).toBe(1);
    expect(slideForKey('PageDown', false, 4, 5)).toBe(4);
    expect(slideForKey(' ', false, 2, 5)).toBe(3);
    expect(slideForKey(' ', true, 2, 5)).toBe(1);
    expect(slideForKey('PageUp', false, 0, 5)).toBe(0);
    expect(slideForKey('Home', false, 3, 5)).toBe(0);
    expect(slideForKey('End', false, 0, 5)).toBe(4);
    expect(slideForKey('a', false, 0, 5)).toBeNull();
  });
});
