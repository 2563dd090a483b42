/**
 * Hydrates a React island that Island.astro rendered at build time, reading its props from the
 * element's `data-props` JSON — the same props the build rendered with, so React attaches to
 * the existing markup instead of drawing it again. Imported by the island's hydrate-*.tsx
 * module, which hydrate-on-first-use.ts loads when the reader first touches the island.
 */
import type { ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { withMountSignal } from './mount-signal';
import { islandElement } from './island-element';

export function hydrateIsland<P extends object>(name: string, Component: ComponentType<P>): void {
  const element = islandElement(name);
  if (!element) return;
  const props = JSON.parse(element.dataset.props ?? '{}') as P;
  hydrateRoot(element, withMountSignal(name, <Component {...props} />));
}
