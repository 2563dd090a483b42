/**
 * Mounts a React island into `[data-island="<name>"]`, reading its props from the element's
 * `data-props` JSON. Used instead of Astro's island loader, which injects inline scripts that a
 * strict Content-Security-Policy would block. The element's server-rendered content (a message
 * for readers without JavaScript) is replaced; `data-island-fallback` elements elsewhere on the
 * page (the printable static version) are hidden once the island is running.
 */
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

export function mountIsland<P extends object>(name: string, Component: ComponentType<P>): void {
  const element = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!element) return;
  const props = JSON.parse(element.dataset.props ?? '{}') as P;
  element.replaceChildren();
  createRoot(element).render(<Component {...props} />);
  element.dataset.mounted = 'true';
  document.querySelectorAll<HTMLElement>(`[data-island-fallback="${name}"]`).forEach((fallback) => fallback.classList.add('island-fallback--replaced'));
}
