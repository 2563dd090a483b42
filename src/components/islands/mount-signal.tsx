import { useEffect, type ReactElement } from 'react';
import { islandElement } from './island-element';

/**
 * Marks the island as running once React has hydrated it (an effect runs only after the commit):
 * `data-mounted` on the island and an `island:mounted` event. Tests and styles wait
 * for that signal; hydrate-on-first-use.ts replays what the reader did before it.
 */
function MountSignal({ name, children }: { name: string; children: ReactElement }) {
  useEffect(() => {
    const island = islandElement(name);
    island?.setAttribute('data-mounted', 'true');
    island?.dispatchEvent(new Event('island:mounted'));
  }, [name]);
  return children;
}

export const withMountSignal = (name: string, element: ReactElement) => <MountSignal name={name}>{element}</MountSignal>;
