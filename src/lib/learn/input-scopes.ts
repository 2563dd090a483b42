/**
 * Whether each calculator input is a figure for the whole household or for one person. The
 * household-emission-factors dataset gives factors and units, not who a figure belongs to, so the
 * calculator states it here, once, for the page, the island and the tests alike.
 *
 * Bills and vehicles belong to the household: the electricity and gas bills, the heated floor
 * area and a car's kilometres (a family trip in one car is one trip of the car). Bus and rail
 * factors are per passenger-kilometre, so they are asked per person: an average week of one
 * member of the household, multiplied by the household size.
 */
export type InputScope = 'household' | 'person';

const INPUT_SCOPES: Readonly<Record<string, InputScope>> = {
  electricity: 'household',
  gas: 'household',
  heating: 'household',
  car: 'household',
  'electric-car': 'household',
  bus: 'person',
  rail: 'person',
};

/** @throws when the dataset gained a row the calculator does not yet know how to ask for. */
export function inputScope(factorId: string): InputScope {
  const scope = INPUT_SCOPES[factorId];
  if (!scope) throw new Error(`The calculator does not know whether "${factorId}" is asked per household or per person: add it to src/lib/learn/input-scopes.ts`);
  return scope;
}
