import { hydrateIsland } from './hydrate-island';
import { ClassResults } from './ClassResults';

/** Loaded by the class results page's script as soon as the page loads (the page is a tool). */
export const hydrate = () => hydrateIsland('class-results', ClassResults);
