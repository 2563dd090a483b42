import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/files/files-under';
import { responsibleBodiesText, responsibilityText } from '../../src/lib/plan/structure';
import { responsibilityNote, soleBodyMeasures, allRelevantOnlyMeasures, measureNumbers } from '../../src/lib/plan/responsibility-notes';
import zhStrings from '../../src/lib/i18n/strings/zh-CN.json';
import enStrings from '../../src/lib/i18n/strings/en.json';

// The corrections of a line-by-line content review that a machine can hold in place.

const text = (path: string) => readFileSync(path, 'utf8');
const zhContent = filesUnder('src/content').filter((p) => /\/zh-cn\//.test(p) || p.endsWith('zh-cn.mdx'));
const enContent = [...filesUnder('src/content').filter((p) => /\/en\//.test(p) || p.endsWith('en.mdx')), 'src/content/glossary/terms.yaml', 'src/content/quiz/questions.yaml'];

describe('who is responsible, worded per measure from src/data/measures.json', () => {
  it('lists the bodies as the plan writes them, never “、和” or “、等”', () => {
    expect(responsibleBodiesText(1, 'zh-cn')).toMatch(/区商务局和各有关部门$/);
    expect(responsibleBodiesText(23, 'zh-cn')).toBe('各有关部门');
    for (let n = 1; n <= 24; n++) {
      expect(responsibleBodiesText(n, 'zh-cn')).not.toMatch(/、(和|等)/);
      expect(responsibleBodiesText(n, 'en')).not.toMatch(/;|, and all/);
    }
    expect(responsibilityText(7, 'zh-cn')).toMatch(/西城园管委会等按职责分工负责$/);
  });
  it('says a single body is responsible where the plan names one (measures 5, 14, 19), and “all relevant departments” alone for measure 23', () => {
    expect(soleBodyMeasures()).toEqual([5, 14, 19]);
    expect(allRelevantOnlyMeasures()).toEqual([23]);
    expect(responsibilityNote(5, 'zh-cn')).toBe('方案写明由区城市管理委负责。');
    expect(responsibilityNote(19, 'en')).toBe('The plan makes the District Ecology and Environment Bureau responsible.');
    expect(responsibilityNote(23, 'zh-cn')).toBe('方案写明由各有关部门按职责分工负责，未列出具体单位。');
    expect(responsibilityNote(1, 'zh-cn')).toContain('下列单位“按职责分工负责”');
    expect(responsibilityNote(7, 'en')).toContain('not a complete list');
    expect(measureNumbers([5, 14, 19], 'en')).toBe('5, 14 and 19');
  });
  it('no interface string claims a lead body, “every measure names its bodies”, or points “above” at a list below', () => {
    const notes = Object.entries(zhStrings).filter(([key]) => /^(measure\.responsibleNote|department\.responsibleNote|departments\.intro|factSheet\.bodiesIntro|home\.lead)/.test(key));
    expect(notes.length).toBeGreaterThanOrEqual(8);
    for (const [key, value] of notes) expect(value, key).not.toMatch(/每项均明确责任单位|上述单位|牵头单位为/);
  });
});

describe('Chinese punctuation', () => {
  it('uses full-width brackets and colons next to Chinese, and 至 for ranges, in interface strings', () => {
    for (const [key, value] of Object.entries(zhStrings)) {
      expect(value, key).not.toMatch(/[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]|[\u4e00-\u9fff]:(?!\/\/)|\d–\d/);
    }
  });
  it('prints “抄送：” in the plan (the half-width colon was a PDF artefact)', () => {
    expect(text('src/content/plan/zh-cn.mdx')).toContain('抄送：');
    expect(text('src/content/plan/zh-cn.mdx')).not.toContain('抄送:');
  });
  it('calls a measure 第N条 in Chinese interface strings', () => {
    for (const [key, value] of Object.entries(zhStrings)) expect(value, key).not.toMatch(/第\{?n?\}?\d*项措施/);
  });
});

describe('one English rendering per term', () => {
  const english = [...enContent.map(text), ...Object.values(enStrings), text('src/data/departments.json')].join('\n');
  it.each([
    ['碳积分', /carbon credits?\b/i],
    ['再生资源', /renewable resources/i],
    ['西城园管委会', /Xicheng Park Administrative Committee/],
    ['区政府办公室', /"District Government Office"/],
    ['西城区推进碳达峰实施方案', /Xicheng District Carbon Peak Implementation Plan/],
    ['典型案例', /typical cases?\b/i],
    ['能效“领跑者”', /front-runner/i],
    ['通报批评', /circulated criticism/i],
    ['理论学习中心组', /theoretical study central group/i],
    ['成果转换', /transformation of research results/i],
    ['(no qualifying word)', /task as stated/i],
    ['电子邮件', /\be-mail\b/i],
  ])('%s is never rendered the old way', (_term, wrong) => {
    expect(english).not.toMatch(wrong);
  });
});

describe('Q&A corrections', () => {
  it('does not say the plan has no other figures (measure 11 has star ratings and one kind of renewable energy)', () => {
    expect(text('src/content/qa/zh-cn/03-figures-and-deadlines-in-the-plan.md')).not.toContain('方案没有其他具体数字');
    expect(text('src/content/qa/zh-cn/03-figures-and-deadlines-in-the-plan.md')).toMatch(/三星级/);
  });
  it('does not call encouragement and support “requirements” of businesses and financial institutions', () => {
    expect(text('src/content/qa/zh-cn/15-businesses-and-financial-institutions.md')).not.toContain('方案对企业和金融机构的要求包括');
  });
  it('no Chinese 解读 opens with the template “这一条讲的是”', () => {
    const openings = zhContent.filter((p) => p.includes('/measures/')).filter((p) => /^---[\s\S]*?---\s*这一条讲的是/.test(text(p)));
    expect(openings).toEqual([]);
  });
});
