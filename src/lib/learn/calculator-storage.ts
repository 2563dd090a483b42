/**
 * Keeps a family's calculator entries in their own browser (localStorage), so a reload or a
 * second visit finds them again; nothing is sent anywhere, and "clear my data" removes them.
 * The record is namespaced by the site and carries a format version: a record this code does
 * not understand (another version, or edited by hand) is ignored, never half-read. Browser-safe.
 */

export const CALCULATOR_STORAGE_KEY = 'xicheng-carbon-portal:household-calculator';
export const CALCULATOR_STORAGE_VERSION = 1;

/** One column of the calculator: what was typed, exactly as typed (so errors restore too). */
export interface ScenarioInputs {
  householdSize: string;
  electricHeating: boolean;
  /** By emission-factor id. */
  quantities: Record<string, string>;
}

export interface SavedCalculation {
  version: typeof CALCULATOR_STORAGE_VERSION;
  /** ISO date-time of the last change. */
  savedAt: string;
  now: ScenarioInputs;
  /** The "what if" column, when one is open. */
  whatIf: ScenarioInputs | null;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readScenario(value: unknown): ScenarioInputs | null {
  if (!isRecord(value) || typeof value.householdSize !== 'string' || typeof value.electricHeating !== 'boolean' || !isRecord(value.quantities)) return null;
  const entries = Object.entries(value.quantities);
  // A typed value is short; anything else was not written by this code.
  if (entries.length > 50 || !entries.every(([, v]) => typeof v === 'string' && v.length <= 50) || value.householdSize.length > 50) return null;
  return { householdSize: value.householdSize, electricHeating: value.electricHeating, quantities: Object.fromEntries(entries) as Record<string, string> };
}

/** The saved calculation in a stored text, or null if there is none this version can read. */
export function parseSavedCalculation(text: string | null): SavedCalculation | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== CALCULATOR_STORAGE_VERSION || typeof value.savedAt !== 'string') return null;
  const now = readScenario(value.now);
  const whatIf = value.whatIf === null ? null : readScenario(value.whatIf);
  if (!now || (value.whatIf !== null && !whatIf)) return null;
  return { version: CALCULATOR_STORAGE_VERSION, savedAt: value.savedAt, now, whatIf };
}

// localStorage can be missing or throw (disabled storage, private modes, a full quota): the
// calculator then simply works without remembering.
function store(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadCalculation(storage: KeyValueStore | null = store()): SavedCalculation | null {
  try {
    return parseSavedCalculation(storage?.getItem(CALCULATOR_STORAGE_KEY) ?? null);
  } catch {
    return null;
  }
}

/** @returns whether it was saved */
export function saveCalculation(now: ScenarioInputs, whatIf: ScenarioInputs | null, savedAt: Date, storage: KeyValueStore | null = store()): boolean {
  const record: SavedCalculation = { version: CALCULATOR_STORAGE_VERSION, savedAt: savedAt.toISOString(), now, whatIf };
  try {
    storage?.setItem(CALCULATOR_STORAGE_KEY, JSON.stringify(record));
    return Boolean(storage);
  } catch {
    return false;
  }
}

export function clearCalculation(storage: KeyValueStore | null = store()): void {
  try {
    storage?.removeItem(CALCULATOR_STORAGE_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}
