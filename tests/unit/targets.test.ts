import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDeadline, formatTargetValue, targets, targetsOfMeasure } from '../../src/lib/plan/targets';
import { targetSchema } from '../../src/lib/schemas/target';
import { readFrontmatter } from '../support/frontmatter';

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
    const broken = { ...targets[5]!, unit: null };
    const result = targetSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain('value: value, unit and comparator are given together or not at all');
  });

  it('say stars and kinds the way the plan does', () => {
    const byId = (id: string) => targets.find((t) => t.id === id)!;
    expect(formatTargetValue(byId('large-public-buildings-three-star'), 'zh-cn')).toBe('3星级及以上');
    expect(formatTargetValue(byId('large-public-buildings-three-star'), 'en')).toBe('3-star or above');
    expect(formatTargetValue(byId('government-projects-renewables'), 'zh-cn')).toBe('至少1种');
    expect(formatTargetValue(byId('government-projects-renewables'), 'en')).toBe('at least 1 kind');
    expect(formatTargetValue(byId('charging-service-radius'), 'en')).toBe('0.9 km');
  });
});
