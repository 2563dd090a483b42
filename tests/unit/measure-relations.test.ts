import { describe, expect, it } from 'vitest';
import { measureRelations } from '../../src/lib/plan/measure-relations';

const entry = (id: string, measures: number[]) => ({ id, data: { measures } });
const term = (id: string, zh: string, aliases: string[] = []) => ({ id, zh: { term: zh, aliases } });

describe('what a measure page shows beside the plan', () => {
  const from = {
    cases: [entry('zh-cn/a', [7, 11]), entry('zh-cn/b', [3])],
    pilots: [entry('zh-cn/p', [7])],
    lessons: [entry('zh-cn/l1', [7]), entry('zh-cn/l2', [14])],
    glossary: [term('pv', '光伏'), term('renewable', '可再生能源'), term('sf6', '六氟化硫', ['SF6'])],
    chineseWording: '提升新能源利用水平。大力发展可再生能源，推进光伏建设。',
  };

  it('lists the cases, then the pilots, that name the measure', () => {
    const { showcases } = measureRelations(7, from);
    expect(showcases.map((s) => `${s.kind}:${s.entry.id}`)).toEqual(['case:zh-cn/a', 'pilot:zh-cn/p']);
    expect(measureRelations(3, from).showcases.map((s) => s.entry.id)).toEqual(['zh-cn/b']);
    expect(measureRelations(20, from).showcases).toEqual([]);
  });

  it('lists the lessons that teach it', () => {
    expect(measureRelations(7, from).lessons.map((l) => l.id)).toEqual(['zh-cn/l1']);
  });

  it('finds glossary terms in the Chinese wording, in glossary order', () => {
    expect(measureRelations(7, from).terms.map((t) => t.id)).toEqual(['pv', 'renewable']);
  });
});
