import { describe, expect, it } from 'vitest';
import { isCorrect, scoreQuiz } from '../../src/lib/learn/quiz-scoring';
import { householdFootprint, parseHouseholdSize, parseQuantity, type EmissionFactor } from '../../src/lib/learn/household-carbon';
import { inputScope } from '../../src/lib/learn/input-scopes';
import { latestVersion } from '../../src/lib/datasets';
import { change, withMinusSign } from '../../src/lib/learn/what-if';
import { emptyScenario, evaluateScenario } from '../../src/lib/learn/calculator-scenario';

describe('quiz scoring', () => {
  const questions = [
    { id: 'a', answer: 1 },
    { id: 'b', answer: 0 },
    { id: 'c', answer: 3 },
  ];
  it('counts a choice as correct only when it is the answer', () => {
    expect(isCorrect(questions[0]!, 1)).toBe(true);
    expect(isCorrect(questions[0]!, 0)).toBe(false);
    expect(isCorrect(questions[0]!, undefined)).toBe(false);
  });
  it('scores answered and correct questions, unanswered ones counting as wrong', () => {
    expect(scoreQuiz(questions, {})).toEqual({ total: 3, answered: 0, correct: 0, percent: 0 });
    expect(scoreQuiz(questions, { a: 1, b: 2 })).toEqual({ total: 3, answered: 2, correct: 1, percent: 33 });
    expect(scoreQuiz(questions, { a: 1, b: 0, c: 3 })).toEqual({ total: 3, answered: 3, correct: 3, percent: 100 });
    expect(scoreQuiz(questions, { a: 1, b: 0, c: 2 }).percent).toBe(67);
  });
  it('scores an empty quiz as zero, not NaN', () => {
    expect(scoreQuiz([], {})).toEqual({ total: 0, answered: 0, correct: 0, percent: 0 });
  });
});

describe('calculator input', () => {
  it('accepts plain and full-width numbers', () => {
    expect(parseQuantity('120', 10000)).toEqual({ ok: true, value: 120 });
    expect(parseQuantity(' 12.5 ', 10000)).toEqual({ ok: true, value: 12.5 });
    expect(parseQuantity('１２０', 10000)).toEqual({ ok: true, value: 120 });
    expect(parseQuantity('0', 10000)).toEqual({ ok: true, value: 0 });
  });
  it('refuses empty, negative, non-numeric and absurdly large input with a reason', () => {
    expect(parseQuantity('', 10000)).toEqual({ ok: false, error: 'empty' });
    expect(parseQuantity('   ', 10000)).toEqual({ ok: false, error: 'empty' });
    expect(parseQuantity('-5', 10000)).toEqual({ ok: false, error: 'negative' });
    expect(parseQuantity('abc', 10000)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parseQuantity('1e3', 10000)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parseQuantity('12,5', 10000)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parseQuantity('NaN', 10000)).toEqual({ ok: false, error: 'not-a-number' });
    expect(parseQuantity('10001', 10000)).toEqual({ ok: false, error: 'too-large' });
    expect(parseQuantity('9'.repeat(400), 10000)).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('household footprint', () => {
  const factors: EmissionFactor[] = [
    { id: 'electricity', category: 'electricity', perYear: 12, factor: 0.5366, scope: 'household' },
    { id: 'gas', category: 'gas', perYear: 12, factor: 2.16, scope: 'household' },
    { id: 'heating', category: 'heating', perYear: 1, factor: 30, scope: 'household' },
    { id: 'car', category: 'transport', perYear: 52, factor: 0.19, scope: 'household' },
    { id: 'rail', category: 'transport', perYear: 52, factor: 0.04, scope: 'person' },
  ];
  it('multiplies each quantity by its periods per year and its factor, exactly', () => {
    const result = householdFootprint(factors, { electricity: 200, gas: 20, heating: 60, car: 50, rail: 100 });
    // 200 × 12 × 0.5366 = 1287.84; 20 × 12 × 2.16 = 518.4; 60 × 30 = 1800; 50 × 52 × 0.19 = 494; 100 × 52 × 0.04 = 208
    expect(result.lines.map((l) => l.kgPerYear)).toEqual([1287.84, 518.4, 1800, 494, 208]);
    expect(result.byCategory).toEqual([
      { category: 'electricity', kgPerYear: 1287.84 },
      { category: 'gas', kgPerYear: 518.4 },
      { category: 'heating', kgPerYear: 1800 },
      { category: 'transport', kgPerYear: 702 },
    ]);
    expect(result.totalKgPerYear).toBe(4308.24);
  });
  it('counts missing quantities as zero', () => {
    expect(householdFootprint(factors, {}).totalKgPerYear).toBe(0);
    expect(householdFootprint(factors, { rail: 1 }).totalKgPerYear).toBe(2.08);
  });
  it('leaves no floating-point dust', () => {
    expect(householdFootprint([{ id: 'x', category: 'gas', perYear: 1, factor: 0.1, scope: 'household' }, { id: 'y', category: 'gas', perYear: 1, factor: 0.2, scope: 'household' }], { x: 1, y: 1 }).totalKgPerYear).toBe(0.3);
  });
  it('counts a per-person input once for each member, and divides the household by its size for the per-person result', () => {
    const result = householdFootprint(factors, { electricity: 200, rail: 100 }, 4);
    // household: 1287.84 + 4 × 208 = 2119.84; per person: 529.96
    expect(result.lines.map((l) => l.kgPerYear)).toEqual([1287.84, 0, 0, 0, 832]);
    expect(result.totalKgPerYear).toBe(2119.84);
    expect(result.householdSize).toBe(4);
    expect(result.perPersonKgPerYear).toBe(529.96);
    expect(result.perPersonByCategory).toEqual([
      { category: 'electricity', kgPerYear: 321.96 },
      { category: 'gas', kgPerYear: 0 },
      { category: 'heating', kgPerYear: 0 },
      { category: 'transport', kgPerYear: 208 },
    ]);
    // A household's bill shared by more people is less per person; a person's own trips are not.
    expect(householdFootprint(factors, { rail: 100 }, 3).perPersonKgPerYear).toBe(208);
    expect(householdFootprint(factors, { electricity: 100 }, 3).perPersonKgPerYear).toBe(214.64);
  });
});

describe('household size', () => {
  it('accepts whole numbers of people from 1 to 10, full-width too', () => {
    expect(parseHouseholdSize('1')).toEqual({ ok: true, value: 1 });
    expect(parseHouseholdSize(' １０ ')).toEqual({ ok: true, value: 10 });
  });
  it('refuses with a reason', () => {
    expect(parseHouseholdSize('')).toEqual({ ok: false, error: 'empty' });
    expect(parseHouseholdSize('2.5')).toEqual({ ok: false, error: 'not-a-whole-number' });
    expect(parseHouseholdSize('-2')).toEqual({ ok: false, error: 'not-a-whole-number' });
    expect(parseHouseholdSize('0')).toEqual({ ok: false, error: 'out-of-range' });
    expect(parseHouseholdSize('11')).toEqual({ ok: false, error: 'out-of-range' });
  });
});

describe('input scopes', () => {
  it('say for every factor of the dataset whether it is asked per household or per person', () => {
    const rows = latestVersion('household-emission-factors').rows as { id: string }[];
    expect(Object.fromEntries(rows.map((r) => [r.id, inputScope(r.id)]))).toEqual({
      electricity: 'household', gas: 'household', heating: 'household', car: 'household', 'electric-car': 'household', bus: 'person', rail: 'person',
    });
    expect(() => inputScope('ferry')).toThrow(/input-scopes\.ts/);
  });
});

describe('what-if change', () => {
  it('gives the difference and its ratio to the first figure, and no ratio of zero', () => {
    expect(change(2000, 1500)).toEqual({ now: 2000, whatIf: 1500, difference: -500, ratio: -0.25 });
    expect(change(0.1, 0.3).difference).toBe(0.2);
    expect(change(0, 300)).toEqual({ now: 0, whatIf: 300, difference: 300, ratio: null });
  });
  it('prints a negative difference with the true minus sign', () => {
    const percent = new Intl.NumberFormat('en-GB', { style: 'percent', signDisplay: 'exceptZero' });
    expect(withMinusSign(percent.format(-0.25))).toBe('\u221225%');
    expect(withMinusSign(percent.format(0.25))).toBe('+25%');
  });
});

describe('a calculator column', () => {
  const factors = [
    { id: 'electricity', category: 'electricity', perYear: 12, factor: 0.5366, scope: 'household', maxInput: 10000 },
    { id: 'heating', category: 'heating', perYear: 1, factor: 30, scope: 'household', maxInput: 1000 },
    { id: 'rail', category: 'transport', perYear: 52, factor: 0.04, scope: 'person', maxInput: 5000 },
  ] as const;
  it('starts with one person and zeros, and gives a footprint when every field is right', () => {
    const inputs = emptyScenario(factors);
    expect(inputs).toEqual({ householdSize: '1', electricHeating: false, quantities: { electricity: '0', heating: '0', rail: '0' } });
    const evaluated = evaluateScenario(factors, { ...inputs, householdSize: '2', quantities: { electricity: '100', heating: '0', rail: '10' } });
    expect(evaluated.problems).toEqual([]);
    expect(evaluated.footprint?.totalKgPerYear).toBe(643.92 + 41.6);
    expect(evaluated.footprint?.perPersonKgPerYear).toBe(342.76);
  });
  it('lists every problem in the order of the form, and gives no partial result', () => {
    const evaluated = evaluateScenario(factors, { householdSize: '0', electricHeating: false, quantities: { electricity: '-1', heating: '', rail: '5' } });
    expect(evaluated.problems).toEqual([
      { field: 'householdSize', error: 'out-of-range' },
      { field: 'electricity', error: 'negative' },
      { field: 'heating', error: 'empty' },
    ]);
    expect(evaluated.footprint).toBeNull();
  });
  it('warns when a home heated by electricity also enters a district-heated area', () => {
    const base = { householdSize: '3', quantities: { electricity: '300', heating: '60', rail: '0' } };
    expect(evaluateScenario(factors, { ...base, electricHeating: true }).heatingCountedTwice).toBe(true);
    expect(evaluateScenario(factors, { ...base, electricHeating: false }).heatingCountedTwice).toBe(false);
    expect(evaluateScenario(factors, { ...base, electricHeating: true, quantities: { ...base.quantities, heating: '0' } }).heatingCountedTwice).toBe(false);
  });
});
