/**
 * One quiz picture as inline SVG (drawn from the registry's shapes, so it prints, works offline
 * and scales to the projector). It is an image with its text alternative in the page's language;
 * the option's own words follow it as text, so the picture adds to the words, never replaces them.
 */
import { createElement } from 'react';
import { QUIZ_PICTURES, type QuizPictureId } from './registry';

export function QuizPicture({ id, alt, className = 'quiz-picture' }: { id: QuizPictureId; alt: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 64" role="img" aria-label={alt} focusable="false">
      {QUIZ_PICTURES[id].shapes.map(([tag, attributes], i) => createElement(tag, { key: i, ...svgProps(attributes) }))}
    </svg>
  );
}

/** SVG attribute names as React expects them (`stroke-width` → `strokeWidth`). */
const svgProps = (attributes: Readonly<Record<string, string | number>>) =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]));
