/**
 * One column of the calculator ("now" or "what if") read as a whole: every field parsed, the
 * problems listed in the order of the form, and the footprint when there are none. The island
 * draws from this; it is kept here so the rules are tested without a browser. Browser-safe.
 */
import { householdFootprint, parseHouseholdSize, parseQuantity, type EmissionFactor, type Footprint, type HouseholdSizeError, type ParsedQuantity, type QuantityError } from './household-carbon';
import type { ScenarioInputs } from './calculator-storage';

export type ScenarioProblem = { field: 'householdSize'; error: HouseholdSizeError } | { field: string; error: QuantityError };

export interface EvaluatedScenario {
  quantities: Record<string, ParsedQuantity>;
  problems: ScenarioProblem[];
  /** null while any field has a problem: a partial result would mislead. */
  footprint: Footprint | null;
  /** Electric heating ticked and a district-heated area entered: the heating may be counted twice. */
  heatingCountedTwice: boolean;
}

/** The inputs a new calculator starts with: one person, nothing used yet. */
export function emptyScenario(factors: readonly Pick<EmissionFactor, 'id'>[]): ScenarioInputs {
  return { householdSize: '1', electricHeating: false, quantities: Object.fromEntries(factors.map((f) => [f.id, '0'])) };
}

export function evaluateScenario(factors: readonly (EmissionFactor & { maxInput: number })[], inputs: ScenarioInputs): EvaluatedScenario {
  const size = parseHouseholdSize(inputs.householdSize);
  const quantities = Object.fromEntries(factors.map((f) => [f.id, parseQuantity(inputs.quantities[f.id] ?? '', f.maxInput)]));
  const problems: ScenarioProblem[] = [
    ...(size.ok ? [] : [{ field: 'householdSize' as const, error: size.error }]),
    ...factors.flatMap((f) => {
      const q = quantities[f.id]!;
      return q.ok ? [] : [{ field: f.id, error: q.error }];
    }),
  ];
  const values = Object.fromEntries(Object.entries(quantities).map(([id, q]) => [id, q.ok ? q.value : 0]));
  const footprint = problems.length === 0 && size.ok ? householdFootprint(factors, values, size.value) : null;
  const heatingCountedTwice = inputs.electricHeating && factors.some((f) => f.category === 'heating' && (values[f.id] ?? 0) > 0);
  return { quantities, problems, footprint, heatingCountedTwice };
}
