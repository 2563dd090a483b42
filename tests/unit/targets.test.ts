import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import targetsJson from '../../src/data/targets.json';
import { formatDeadline, formatTargetValue, parseTargets, targets, targetsOfMeasure } from '../../src/lib/targets';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { ContentError } from '../../src/lib/validation-errors';

const measureText = (n: number) => {
  const file = `src/content/measures/zh-cn/${String(n).padStart(2, '0')}.mdx`;
  return (readFrontmatter(file, readFileSync(file, 'utf8')).data as { text: string }).text;
};
const mainGoalsText = () => {
  const body = readFileSync('src/content/plan/zh-cn.mdx', 'utf8');
  return body.slice(body.indexOf('id="main-goals"'), body.indexOf('id="tasks"'));
};

describe('targets', () => {
  it('quote the plan verbatim, in the measure or section they name', () => {
    for (const target of targets) {
      const text = target.measure !== null ? measureText(target.measure) : mainGoalsText();
      expect(text, target.id).toContain(target.quote);
    }
  });

  it('include the quantified commitments the plan makes', () => {
    const byId = (id: string) => targets.find((t) => t.id === id)!;
    expect(byId('distributed-pv-capacity-growth')).toMatchObject({ measure: 7, value: 20, unit: '%', comparator: 'gte', strength: 'strive' });
    expect(byId('prefabricated-building-share')).toMatchObject({ measure: 11, value: 55, unit: '%' });
    expect(byId('public-institution-rooftop-pv')).toMatchObject({ measure: 11, value: 50, comparator: 'gte' });
    expect(byId('charging-service-radius')).toMatchObject({ measure: 15, value: 0.9, unit: 'km', deadline: 2025 });
    expect(targetsOfMeasure(6).length).toBe(2);
  });

  it('read as the plan says them', () => {
    const pv = targets.find((t) => t.id === 'distributed-pv-capacity-growth')!;
    expect(formatTargetValue(pv, 'en')).toBe('20% or more');
    expect(formatTargetValue(pv, 'zh-cn')).toBe('不低于20%');
    const peak = targets.find((t) => t.id === 'goal-carbon-peak-before-2030')!;
    expect(formatDeadline(peak, 'zh-cn')).toBe('2030年前');
    expect(formatDeadline(peak, 'en')).toBe('before 2030');
  });

  it('reject a target with a value but no unit, naming the field', () => {
    const broken = structuredClone(targetsJson) as Record<string, unknown>[];
    broken[5]!.unit = null;
    expect(() => parseTargets(broken)).toThrow(ContentError);
    expect(() => parseTargets(broken)).toThrow(/src\/data\/targets\.json: \[5\]\.value: value, unit and comparator/);
  });
});
