/** The element an island named `name` renders into (Island.astro's `data-island`). */
export const islandElement = (name: string): HTMLElement | null => document.querySelector<HTMLElement>(`[data-island="${name}"]`);
