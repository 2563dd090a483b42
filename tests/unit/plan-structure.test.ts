import { describe, expect, it } from 'vitest';
import departmentsJson from '../../src/data/departments.json';
import categoriesJson from '../../src/data/categories.json';
import measuresJson from '../../src/data/measures.json';
import {
  categories,
  departments,
  departmentsOf,
  measuresOfDepartment,
  measureStructures,
  responsibilityText,
} from '../../src/lib/plan/structure';
import { validatePlanData } from '../../src/lib/plan/structure-validation';
import { ContentError } from '../../src/lib/checks/validation-errors';

const clone = <T>(value: T): T => structuredClone(value);
const files = (overrides: { departments?: unknown; categories?: unknown; measures?: unknown } = {}) => ({
  departments: { file: 'src/data/departments.json', value: overrides.departments ?? departmentsJson },
  categories: { file: 'src/data/categories.json', value: overrides.categories ?? categoriesJson },
  measures: { file: 'src/data/measures.json', value: overrides.measures ?? measuresJson },
});
const problemsOf = (input: ReturnType<typeof files>): string[] => {
  try {
    validatePlanData(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
};

describe('the plan structure', () => {
  it('has exactly 24 measures numbered 1–24 in 7 categories', () => {
    expect(measureStructures.map((m) => m.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(categories).toHaveLength(7);
    expect(new Set(measureStructures.map((m) => m.category)).size).toBe(7);
  });

  it('names about two dozen bodies, each responsible for at least one measure', () => {
    expect(departments.length).toBeGreaterThanOrEqual(20);
    for (const d of departments) expect(measuresOfDepartment(d.id).length, d.id).toBeGreaterThan(0);
  });

  it('treats 金融街服务局 (measure 9) and 北京金融街服务局 (measure 20) as one body', () => {
    expect(measuresOfDepartment('financial-street-service')).toEqual([9, 20]);
    expect(departmentsOf(9).at(-1)?.asWritten).toBe('金融街服务局');
    expect(departmentsOf(20).at(-1)?.asWritten).toBe('北京金融街服务局');
  });

  it('writes responsibility lines as the plan does, with no lead body', () => {
    expect(responsibilityText(5, 'zh-cn')).toBe('区城市管理委负责');
    expect(responsibilityText(23, 'zh-cn')).toBe('各有关部门按职责分工负责');
    expect(responsibilityText(24, 'zh-cn')).toBe('区委组织部和各有关部门按职责分工负责');
    expect(responsibilityText(10, 'zh-cn')).toBe('区生态环境局、区城市管理委等按职责分工负责');
    expect(responsibilityText(5, 'en')).toBe('District Urban Management Commission is responsible');
    expect(responsibilityText(24, 'en')).toBe(
      'Organization Department of the District Party Committee and all relevant departments, each according to its duties',
    );
    expect(responsibilityText(10, 'en')).toBe(
      'District Ecology and Environment Bureau, District Urban Management Commission, etc., each according to its duties',
    );
    expect(responsibilityText(23, 'en')).toBe('All relevant departments, each according to its duties');
    for (let n = 1; n <= 24; n++) expect(responsibilityText(n, 'en')).not.toMatch(/\blead/i);
  });
});

describe('validation of the structure files names the file and the field', () => {
  it('accepts the real files', () => {
    expect(problemsOf(files())).toEqual([]);
  });

  it('rejects an unknown department id', () => {
    const measures = clone(measuresJson) as { departments: unknown[] }[];
    measures[6]!.departments[1] = 'no-such-bureau';
    expect(problemsOf(files({ measures }))).toContain(
      'src/data/measures.json: [6].departments[1]: unknown department id "no-such-bureau" (see src/data/departments.json)',
    );
  });

  it('rejects a duplicate measure number', () => {
    const measures = clone(measuresJson);
    measures[4]!.number = 4;
    expect(problemsOf(files({ measures })).join('\n')).toMatch(/measures\.json: \[4\]\.number: expected 5 .*got 4/);
  });

  it('rejects a missing measure', () => {
    const measures = clone(measuresJson).filter((m) => m.number !== 24);
    expect(problemsOf(files({ measures }))).toContain('src/data/measures.json: (root): expected 24 measures, found 23');
  });

  it('rejects an unknown category', () => {
    const measures = clone(measuresJson);
    measures[0]!.category = 'green-space';
    expect(problemsOf(files({ measures }))).toContain(
      'src/data/measures.json: [0].category: unknown category id "green-space" (see src/data/categories.json)',
    );
  });

  it('rejects a malformed record with the path of the bad field', () => {
    const departments = clone(departmentsJson) as Record<string, unknown>[];
    departments[2]!.en = 42;
    expect(problemsOf(files({ departments })).join('\n')).toMatch(/^src\/data\/departments\.json: \[2\]\.en: /m);
  });

  it('rejects a duplicate department id', () => {
    const departments = clone(departmentsJson);
    departments[3]!.id = departments[2]!.id;
    expect(problemsOf(files({ departments }))).toContain('src/data/departments.json: [3].id: duplicate value "urban-management"');
  });
});
