import { describe, expect, it } from 'vitest';
import { hasPressContact, unconfiguredContactFields } from '../../src/lib/press/press-contact';
import { showcaseEntrySchema } from '../../src/lib/schemas/showcase-entry';
import { currentShowcases, isDuringEvent, byEventNewestFirst } from '../../src/lib/press/showcase-calendar';
import { buildDate } from '../../src/lib/press/build-date';
import { formatBytes } from '../../src/lib/i18n/format-bytes';
import { formatEventDates } from '../../src/lib/press/format-event-dates';
import { datasetCitations, measureCitations, planCitations } from '../../src/lib/citations/citations';

const notice = { publisher: '国家发展改革委等', title: '关于开展2021年全国节能宣传周和全国低碳日活动的通知（发改环资〔2021〕1157号）', date: '2021', url: 'http://app.junshan.gov.cn/junshan/32421/56658/content_1861071.html' };
const week = {
  title: '2021年全国节能宣传周（示例）',
  summary: '示例展示页，说明宣传周展示页的结构。',
  event: 'energy-conservation-week',
  year: 2021,
  start: '2021-08-23',
  end: '2021-08-29',
  theme: '节能降碳，绿色发展',
  eventSource: notice,
  cases: ['community-centre-rooftop-pv'],
  pilots: [],
  charts: ['targets-by-deadline'],
  published: '2026-11-20',
  provenance: 'official',
  sources: [],
};

describe('showcase schema', () => {
  it('accepts a week with sourced dates', () => {
    expect(showcaseEntrySchema.safeParse(week).success).toBe(true);
  });
  const refused = (entry: object) => {
    const result = showcaseEntrySchema.safeParse(entry);
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('refuses dates without a notice readers can open, and example content', () => {
    expect(refused({ ...week, eventSource: null })[0]).toMatch(/^eventSource: /);
    expect(refused({ ...week, eventSource: { ...notice, url: null } })).toContain('eventSource.url: the event notice needs the url of a page that publishes it');
    expect(refused({ ...week, eventSource: { ...notice, url: 'javascript:alert(1)' } })).toContain('eventSource.url: must be an https:// or http:// address');
    expect(refused({ ...week, provenance: 'illustrative' })[0]).toMatch(/^provenance: /);
  });
  it('refuses an end before the start, a start outside the year and a Low-Carbon Day longer than a day', () => {
    expect(refused({ ...week, end: '2021-08-22' })).toContain('end: end must be on or after start');
    expect(refused({ ...week, year: 2022 })).toContain('start: start must fall in the entry’s year');
    expect(refused({ ...week, event: 'low-carbon-day' })).toContain('end: Low-Carbon Day is one day: start and end must be equal');
  });
  it('refuses an impossible date', () => {
    expect(refused({ ...week, start: '2021-02-30' })[0]).toMatch(/^start: /);
  });
});

describe('event banner dates', () => {
  const entries = [
    { id: 'week', data: { event: 'energy-conservation-week', start: '2021-08-23', end: '2021-08-29' } },
    { id: 'day', data: { event: 'low-carbon-day', start: '2021-08-25', end: '2021-08-25' } },
  ];
  it('is on from the first to the last day, inclusive, and off outside', () => {
    expect(isDuringEvent(entries[0]!.data, '2021-08-22')).toBe(false);
    expect(isDuringEvent(entries[0]!.data, '2021-08-23')).toBe(true);
    expect(isDuringEvent(entries[0]!.data, '2021-08-29')).toBe(true);
    expect(isDuringEvent(entries[0]!.data, '2021-08-30')).toBe(false);
  });
  it('lists Low-Carbon Day first on the day itself, the week alone on other days, nothing outside', () => {
    expect(currentShowcases(entries, '2021-08-24').map((e) => e.id)).toEqual(['week']);
    expect(currentShowcases(entries, '2021-08-25').map((e) => e.id)).toEqual(['day', 'week']);
    expect(currentShowcases(entries, '2021-09-01')).toEqual([]);
  });
  it('sorts newest first, the week before its day', () => {
    const later = { id: 'later', data: { event: 'energy-conservation-week', start: '2023-07-10', end: '2023-07-16' } };
    expect([...entries, later].sort(byEventNewestFirst).map((e) => e.id)).toEqual(['later', 'day', 'week']);
  });
});

describe('build date', () => {
  it('is the date in Beijing, which can be a day ahead of UTC', () => {
    expect(buildDate({}, new Date('2021-08-22T16:30:00Z'))).toBe('2021-08-23');
    expect(buildDate({}, new Date('2021-08-22T15:30:00Z'))).toBe('2021-08-22');
  });
  it('can be injected, and refuses an injected non-date', () => {
    expect(buildDate({ PORTAL_BUILD_DATE: '2021-08-25' })).toBe('2021-08-25');
    expect(() => buildDate({ PORTAL_BUILD_DATE: '2021-02-30' })).toThrow(/PORTAL_BUILD_DATE must be a calendar date YYYY-MM-DD, got "2021-02-30"/);
    expect(() => buildDate({ PORTAL_BUILD_DATE: 'tomorrow' })).toThrow(/PORTAL_BUILD_DATE/);
  });
});

describe('citation styles', () => {
  const url = 'https://example.org/plan/';
  it('cites the plan in GB/T 7714 and APA, in Chinese', () => {
    expect(planCitations('zh-cn', url, '2026-11-26')).toEqual({
      gbt7714: '北京市西城区人民政府. 西城区推进碳达峰实施方案：西政发〔2022〕10号[EB/OL]. (2022-12-29)[2026-11-26]. https://example.org/plan/.',
      apa: '北京市西城区人民政府. (2022年12月29日). 西城区推进碳达峰实施方案（西政发〔2022〕10号）. https://example.org/plan/',
    });
  });
  it('marks the English as an unofficial translation', () => {
    const { gbt7714, apa } = planCitations('en', url, '2026-11-26');
    expect(apa).toBe("People’s Government of Xicheng District, Beijing. (2022, December 29). Xicheng District implementation plan for advancing carbon peaking (Xi Zheng Fa [2022] No. 10) [Unofficial English translation]. https://example.org/plan/");
    expect(gbt7714).toContain('Unofficial English translation. (2022-12-29)[2026-11-26]');
  });
  it('cites a measure by number and title', () => {
    expect(measureCitations(7, '提升新能源供给能力', 'zh-cn', 'https://example.org/measures/7/', '2026-11-26').gbt7714).toBe(
      '北京市西城区人民政府. 西城区推进碳达峰实施方案：西政发〔2022〕10号 第7项措施“提升新能源供给能力”[EB/OL]. (2022-12-29)[2026-11-26]. https://example.org/measures/7/.',
    );
  });
  it('cites an exact dataset version as data', () => {
    const d = { id: 'plan-targets', version: '1.0.0', released: '2026-11-24', title: { zh: '方案量化目标', en: 'Quantified targets' } };
    expect(datasetCitations(d, 'en', 'https://example.org/data/plan-targets/1.0.0.json', '2026-11-26')).toEqual({
      gbt7714: 'Xicheng District Implementation Plan for Advancing Carbon Peaking portal. Quantified targets: version 1.0.0 [DS/OL]. (2026-11-24)[2026-11-26]. https://example.org/data/plan-targets/1.0.0.json.',
      apa: 'Xicheng District Implementation Plan for Advancing Carbon Peaking portal. (2026). Quantified targets (Version 1.0.0) [Data set]. https://example.org/data/plan-targets/1.0.0.json',
    });
  });
});

describe('event dates for reading', () => {
  it('writes a day, a range within a month and a range across months in each language', () => {
    expect(formatEventDates({ start: '2021-08-25', end: '2021-08-25' }, 'zh-cn')).toBe('2021年8月25日');
    expect(formatEventDates({ start: '2021-08-23', end: '2021-08-29' }, 'zh-cn')).toBe('2021年8月23日至29日');
    expect(formatEventDates({ start: '2021-06-29', end: '2021-07-05' }, 'zh-cn')).toBe('2021年6月29日至7月5日');
    expect(formatEventDates({ start: '2021-08-25', end: '2021-08-25' }, 'en')).toBe('25 August 2021');
    expect(formatEventDates({ start: '2021-08-23', end: '2021-08-29' }, 'en')).toBe('23–29 August 2021');
    expect(formatEventDates({ start: '2021-06-29', end: '2021-07-05' }, 'en')).toBe('29 June – 5 July 2021');
  });
});

describe('file sizes for people', () => {
  it('uses bytes, then KB and MB with one decimal', () => {
    expect(formatBytes(512, 'zh-cn')).toBe('512 字节');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(2048, 'en')).toBe('2 KB');
    expect(formatBytes(1536, 'zh-cn')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024 + 300 * 1024, 'en')).toBe('5.3 MB');
  });
});

describe('press contact', () => {
  const none = { office: null, phone: null, email: null, address: null, hours: null };
  it('is shown only when something is configured, and the empty settings are named for the build warning', () => {
    expect(hasPressContact(none)).toBe(false);
    expect(unconfiguredContactFields(none)).toEqual(['office', 'phone', 'email', 'address', 'hours']);
    const some = { ...none, phone: '+86 10 0000 0000' };
    expect(hasPressContact(some)).toBe(true);
    expect(unconfiguredContactFields(some)).toEqual(['office', 'email', 'address', 'hours']);
  });
});
