import { hydrateIsland } from './hydrate-island';
import { Quiz } from './Quiz';

/** Loaded by the page's script at the reader's first touch (see hydrate-on-first-use.ts). */
export const hydrate = () => hydrateIsland('quiz', Quiz);
