import { hydrateIsland } from './hydrate-island';
import { Calculator } from './Calculator';

/** Loaded by the page's script at the reader's first touch (see hydrate-on-first-use.ts). */
export const hydrate = () => hydrateIsland('calculator', Calculator);
