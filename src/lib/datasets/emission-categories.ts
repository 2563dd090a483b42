/**
 * The parts of a household's emissions (the household-emission-factors dataset's `category`), in
 * the order the calculator lists them. A module of its own because the calculator island needs it
 * in the browser, where the dataset schemas (and zod) must not follow it.
 */
export const EMISSION_CATEGORIES = ['electricity', 'gas', 'heating', 'transport'] as const;
export type EmissionCategory = (typeof EMISSION_CATEGORIES)[number];
