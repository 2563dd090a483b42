import { describe, expect, it } from 'vitest';
import { CALCULATOR_STORAGE_KEY, clearCalculation, loadCalculation, parseSavedCalculation, saveCalculation, type ScenarioInputs } from '../../src/lib/learn/calculator-storage';

/** A localStorage stand-in. */
function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}
const now: ScenarioInputs = { householdSize: '3', electricHeating: true, quantities: { electricity: '200', gas: 'abc' } };

describe('calculator storage', () => {
  it('saves under the site-namespaced key with its format version and restores exactly what was typed', () => {
    const store = memoryStore();
    expect(saveCalculation(now, { ...now, householdSize: '4' }, new Date('2026-11-30T08:00:00Z'), store)).toBe(true);
    expect(JSON.parse(store.data.get(CALCULATOR_STORAGE_KEY)!)).toMatchObject({ version: 1, savedAt: '2026-11-30T08:00:00.000Z' });
    expect(loadCalculation(store)).toEqual({ version: 1, savedAt: '2026-11-30T08:00:00.000Z', now, whatIf: { ...now, householdSize: '4' } });
  });

  it('clears the record', () => {
    const store = memoryStore();
    saveCalculation(now, null, new Date(0), store);
    clearCalculation(store);
    expect(store.data.size).toBe(0);
    expect(loadCalculation(store)).toBeNull();
  });

  it('ignores a record of another version, a corrupt one and one of the wrong shape', () => {
    const record = { version: 1, savedAt: 'x', now, whatIf: null };
    expect(parseSavedCalculation(JSON.stringify(record))).toEqual(record);
    expect(parseSavedCalculation(JSON.stringify({ ...record, version: 2 }))).toBeNull();
    expect(parseSavedCalculation(JSON.stringify({ ...record, version: '1' }))).toBeNull();
    expect(parseSavedCalculation('{not json')).toBeNull();
    expect(parseSavedCalculation(null)).toBeNull();
    expect(parseSavedCalculation(JSON.stringify({ ...record, now: { ...now, quantities: { electricity: 200 } } }))).toBeNull();
    expect(parseSavedCalculation(JSON.stringify({ ...record, whatIf: { householdSize: 3 } }))).toBeNull();
    expect(parseSavedCalculation(JSON.stringify({ ...record, now: { ...now, householdSize: 'x'.repeat(51) } }))).toBeNull();
  });

  it('works on without remembering when storage is missing or refuses', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => { throw new Error('SecurityError'); } };
    expect(saveCalculation(now, null, new Date(0), refusing)).toBe(false);
    expect(loadCalculation(refusing)).toBeNull();
    expect(() => clearCalculation(refusing)).not.toThrow();
    expect(saveCalculation(now, null, new Date(0), null)).toBe(false);
  });
});
