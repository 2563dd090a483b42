import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allDatasetVersions, latestVersion } from '../../src/lib/datasets';
import { parseDataset } from '../../src/lib/datasets/parse-dataset';
import { datasetToCsv, PROVENANCE_HEADERS, provenanceCells } from '../../src/lib/datasets/dataset-csv';
import { measuresByCategoryRows, measuresByDepartmentRows } from '../support/derive-plan-structure';
import { checkDatasets } from '../../src/lib/checks/datasets';
import { readSources } from '../../src/lib/sources/read-sources';
import { neutraliseFormula } from '../../src/lib/datasets/csv';
import { ContentError } from '../../src/lib/checks/validation-errors';
import { parseCsv } from '../support/parse-csv';

const ROOT = 'src/data/datasets';
const TARGETS_FILE = `${ROOT}/plan-targets/1.0.0.json`;
const targetsRaw = readFileSync(TARGETS_FILE, 'utf8');

/** Parses a broken copy of the real targets dataset and returns the error lines. */
function problemsOf(edit: (json: any) => void, file = TARGETS_FILE): string[] {
  const json = JSON.parse(targetsRaw);
  edit(json);
  try {
    parseDataset(file, JSON.stringify(json));
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}

describe('datasets', () => {
  it('every released version is valid', () => {
    expect(allDatasetVersions.map((d) => `${d.id}@${d.version}`)).toEqual(
      expect.arrayContaining(['plan-targets@1.0.0', 'measures-by-category@1.0.0', 'measures-by-department@1.0.0']),
    );
  });

  describe('errors name the file, the row and the field', () => {
    it('missing field', () => {
      expect(problemsOf((j) => delete j.title)).toEqual([expect.stringMatching(/^src\/data\/datasets\/plan-targets\/1\.0\.0\.json: title: /)]);
    });
    it('wrong type in a row', () => {
      expect(problemsOf((j) => (j.rows[5].value = '20'))).toEqual([expect.stringMatching(/1\.0\.0\.json: rows\[5\]\.value: .*expected number/)]);
    });
    it('duplicate id', () => {
      expect(problemsOf((j) => (j.rows[1].id = j.rows[0].id))).toContain(`${TARGETS_FILE}: rows[1].id: duplicate id "goal-2025-municipal-targets"`);
    });
    it('unknown measure number', () => {
      expect(problemsOf((j) => (j.rows[3].measure = 25))).toEqual([expect.stringMatching(/rows\[3\]\.measure: .*24/)]);
    });
    it('version in the file differs from its name', () => {
      expect(problemsOf((j) => (j.version = '1.0.1'))).toEqual([`${TARGETS_FILE}: version: "1.0.1" does not match the file name "1.0.0.json"`]);
    });
    it('columns that do not match the row schema', () => {
      expect(problemsOf((j) => j.columns.pop())).toEqual([expect.stringMatching(/columns: expected the keys id, measure, .*strength in this order/)]);
    });
    it('a dataset nobody gave a row schema', () => {
      expect(problemsOf((j) => (j.id = 'mystery'), `${ROOT}/mystery/1.0.0.json`)).toContain(
        `${ROOT}/mystery/1.0.0.json: id: no row schema for dataset "mystery" (add it to src/lib/datasets/row-schemas.ts)`,
      );
    });
    it('malformed JSON', () => {
      expect(() => parseDataset(TARGETS_FILE, '{"id": ')).toThrow(/plan-targets\/1\.0\.0\.json: not valid JSON/);
    });
  });

  it('released versions never change: every file matches its sha256 in lock.json, none was removed', () => {
    // The failure cases (edited, removed, unlocked versions) are in tests/fixtures/bad-content/.
    expect(checkDatasets(readSources(process.cwd()))).toEqual([]);
  });

  describe('derived datasets match the plan structure they are computed from', () => {
    const cases = [
      ['measures-by-category', measuresByCategoryRows()],
      ['measures-by-department', measuresByDepartmentRows()],
    ] as const;
    for (const [id, rows] of cases) {
      it(id, () => {
        const hint = `src/data/measures.json changed: release ${id} as a new version with these rows:\n${rows.map((r) => JSON.stringify(r)).join(',\n')}`;
        expect(latestVersion(id).rows, hint).toEqual(rows);
      });
    }
    it('every measure is counted once per category, and the counts add up', () => {
      const byCategory = measuresByCategoryRows();
      expect(byCategory.reduce((sum, r) => sum + r.measureCount, 0)).toBe(24);
      for (const r of measuresByDepartmentRows()) expect(r.measures.split(' ').length).toBe(r.measureCount);
    });
  });

  describe('CSV', () => {
    it('starts with a UTF-8 BOM, ends lines with CRLF and escapes commas, quotes and newlines', () => {
      const csv = datasetToCsv({
        columns: [
          { key: 'a', zh: '甲', en: 'A', type: 'string', unit: null },
          { key: 'b', zh: '乙', en: 'B', type: 'number', unit: null },
        ],
        rows: [
          { a: 'plain', b: 1.5 },
          { a: 'with, comma', b: null },
          { a: 'say "hi"', b: 0 },
          { a: 'two\nlines', b: -2 },
        ],
      });
      expect(csv).toBe('\uFEFF甲 / A,乙 / B\r\nplain,1.5\r\n"with, comma",\r\n"say ""hi""",0\r\n"two\nlines",-2\r\n');
      expect(parseCsv(csv.slice(1))).toEqual([['甲 / A', '乙 / B'], ['plain', '1.5'], ['with, comma', ''], ['say "hi"', '0'], ['two\nlines', '-2']]);
    });

    it('neutralises text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
      const csv = datasetToCsv({
        columns: [{ key: 'a', zh: '甲', en: 'A', type: 'string', unit: null }, { key: 'b', zh: '乙', en: 'B', type: 'number', unit: null }],
        rows: [{ a: '=HYPERLINK("http://x","y")', b: -3 }, { a: '+1', b: 0 }, { a: '@SUM(A1)', b: 1 }, { a: '-x', b: 2 }],
      });
      expect(csv).toBe('\uFEFF甲 / A,乙 / B\r\n"\'=HYPERLINK(""http://x"",""y"")",-3\r\n\'+1,0\r\n\'@SUM(A1),1\r\n\'-x,2\r\n');
    });

    it('holds exactly the rows of the JSON, for every version', () => {
      for (const d of allDatasetVersions) {
        const [header, ...rows] = parseCsv(datasetToCsv(d).slice(1));
        expect(header).toEqual([...d.columns.map((c) => `${c.zh} / ${c.en}`), ...PROVENANCE_HEADERS]);
        const cell = (v: unknown) => (v === null ? '' : typeof v === 'number' ? String(v) : neutraliseFormula(String(v)));
        // Every row also says what the figures are and where they come from.
        const fromJson = d.rows.map((row) => [...d.columns.map((c) => cell(row[c.key])), ...provenanceCells(d).map(cell)]);
        expect(rows, `${d.id}@${d.version}`).toEqual(fromJson);
      }
    });
  });
});
