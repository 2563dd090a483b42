/**
 * The household carbon calculator's arithmetic, kept apart from its React island so it can be
 * tested with exact numbers: each input (per month, per week or per season) times its periods
 * per year times its emission factor gives kilograms of CO₂ a year. An input asked per person
 * counts once for each member of the household; the per-person result is the household's
 * divided by its size.
 */

import { EMISSION_CATEGORIES, type EmissionCategory } from '../datasets/emission-categories';
import type { InputScope } from './input-scopes';

/** The household sizes the calculator accepts (people living in the home). */
export const HOUSEHOLD_SIZE = { min: 1, max: 10 } as const;

/** One emission factor, as a row of the household-emission-factors dataset. */
export interface EmissionFactor {
  id: string;
  category: EmissionCategory;
  /** How many of the input's periods make a year (12 for per month, 52 for per week, 1 for per season). */
  perYear: number;
  /** kg CO₂ per input unit. */
  factor: number;
  /** Whether the input is the whole household's figure or one person's (lib/learn/input-scopes.ts). */
  scope: InputScope;
}

export type QuantityError = 'empty' | 'not-a-number' | 'negative' | 'too-large';
export type HouseholdSizeError = 'empty' | 'not-a-whole-number' | 'out-of-range';
export type ParsedHouseholdSize = { ok: true; value: number } | { ok: false; error: HouseholdSizeError };
export type ParsedQuantity = { ok: true; value: number } | { ok: false; error: QuantityError };

/**
 * Reads what a person typed into a quantity field. Full-width digits from a Chinese input method
 * are accepted; anything else that is not a plain non-negative number is refused with a reason,
 * so the calculator never shows NaN.
 * @example parseQuantity('１２０', 10000) → { ok: true, value: 120 }
 */
export function parseQuantity(raw: string, max: number): ParsedQuantity {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (/^-\s*\d/.test(text)) return { ok: false, error: 'negative' };
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, error: 'not-a-number' };
  const value = Number(text);
  if (!Number.isFinite(value) || value > max) return { ok: false, error: 'too-large' };
  return { ok: true, value };
}

/**
 * Reads the household size: a whole number of people from 1 to 10 (full-width digits accepted).
 * @example parseHouseholdSize('３') → { ok: true, value: 3 }
 */
export function parseHouseholdSize(raw: string): ParsedHouseholdSize {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(text)) return { ok: false, error: 'not-a-whole-number' };
  const value = Number(text);
  if (value < HOUSEHOLD_SIZE.min || value > HOUSEHOLD_SIZE.max) return { ok: false, error: 'out-of-range' };
  return { ok: true, value };
}

export interface FootprintLine {
  id: string;
  category: EmissionFactor['category'];
  /** kg CO₂ a year. */
  kgPerYear: number;
}

export interface Footprint {
  lines: FootprintLine[];
  /** kg CO₂ a year by category, in the order electricity, gas, heating, transport. */
  byCategory: { category: EmissionFactor['category']; kgPerYear: number }[];
  totalKgPerYear: number;
  householdSize: number;
  /** The household's total divided by its size. */
  perPersonKgPerYear: number;
  /** Each category divided by the household size, in the order of `byCategory`. */
  perPersonByCategory: { category: EmissionFactor['category']; kgPerYear: number }[];
}

/** Rounds to grams, so sums of decimal factors do not show floating-point dust (0.30000000000000004). */
const toGrams = (kg: number) => Math.round(kg * 1000) / 1000;

/**
 * The household's yearly footprint from the given quantities (missing ones count as zero): an
 * input asked per person is multiplied by the household size, and the per-person figures are the
 * household's divided by it.
 */
export function householdFootprint(factors: readonly EmissionFactor[], quantities: Readonly<Record<string, number>>, householdSize = 1): Footprint {
  const people = (f: EmissionFactor) => (f.scope === 'person' ? householdSize : 1);
  const lines = factors.map((f) => ({ id: f.id, category: f.category, kgPerYear: toGrams((quantities[f.id] ?? 0) * people(f) * f.perYear * f.factor) }));
  const byCategory = EMISSION_CATEGORIES.map((category) => ({
    category,
    kgPerYear: toGrams(lines.filter((l) => l.category === category).reduce((sum, l) => sum + l.kgPerYear, 0)),
  }));
  const totalKgPerYear = toGrams(lines.reduce((sum, l) => sum + l.kgPerYear, 0));
  return {
    lines,
    byCategory,
    totalKgPerYear,
    householdSize,
    perPersonKgPerYear: toGrams(totalKgPerYear / householdSize),
    perPersonByCategory: byCategory.map((c) => ({ category: c.category, kgPerYear: toGrams(c.kgPerYear / householdSize) })),
  };
}
