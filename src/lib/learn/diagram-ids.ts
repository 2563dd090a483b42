/**
 * The learning centre's diagrams, drawn as accessible SVG (src/components/learn/diagrams/):
 * lessons, slides and handouts name them by these ids, and the content checks refuse any other.
 */
export const DIAGRAM_IDS = ['greenhouse-effect', 'carbon-cycle', 'energy-flow', 'plan-categories'] as const;
export type DiagramId = (typeof DIAGRAM_IDS)[number];
