/**
 * Paging for a lesson's slides (SlideDeck.astro): → ← PageDown PageUp Space (Shift+Space back)
 * Home End, the buttons in the bar, a "3 / 12" counter read out politely, the slide's number in
 * the address (#3) so a reload or a shared link opens the same slide, N for the speaker notes.
 * Without this script the slides stay one scrolling page; on a phone they do too (the keys then
 * scroll as usual, and the buttons move from slide to slide).
 */

/** Keys that move to another slide: the offset from the current one, or the first/last. */
const MOVES: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  PageDown: 1,
  ArrowLeft: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/** The slide a hash names ("#3" → 2), or null when it names none. */
export function slideFromHash(hash: string, total: number): number | null {
  if (!/^#\d+$/.test(hash)) return null;
  const n = Number(hash.slice(1));
  return n >= 1 && n <= total ? n - 1 : null;
}

/** The slide a key moves to from `current`, or null when the key does not page. */
export function slideForKey(key: string, shift: boolean, current: number, total: number): number | null {
  const move = key === ' ' ? (shift ? -1 : 1) : MOVES[key];
  if (move === undefined) return null;
  const target = move === 'first' ? 0 : move === 'last' ? total - 1 : current + move;
  return Math.min(Math.max(target, 0), total - 1);
}

export function enhanceSlideDeck(doc: Document): void {
  const deck = doc.querySelector<HTMLElement>('[data-slide-deck]');
  const controls = doc.querySelector<HTMLElement>('[data-deck-controls]');
  const counter = doc.querySelector<HTMLElement>('[data-deck-counter]');
  if (!deck || !controls || !counter) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  if (slides.length === 0) return;
  const root = doc.documentElement;
  // Presenting is a screen at least 40rem wide (the medium breakpoint of tokens.css).
  const wide = window.matchMedia('(min-width: 40rem)');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  root.dataset.presenting = '';
  controls.hidden = false;
  let current = 0;

  function show(index: number, { updateAddress = true, scroll = true, initial = false } = {}) {
    current = Math.min(Math.max(index, 0), slides.length - 1);
    // Slides fade in only when the reader pages: the slide shown on load is at full contrast from
    // the start (a checker or a camera at load time never catches it half-faded).
    if (!initial) root.toggleAttribute('data-paged', true);
    slides.forEach((slide, i) => slide.toggleAttribute('data-active', i === current));
    counter!.textContent = `${current + 1} / ${slides.length}`;
    // replaceState: paging through forty slides should not fill the back button's history.
    if (updateAddress) history.replaceState(history.state, '', `#${current + 1}`);
    if (scroll && !wide.matches) slides[current]!.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    // Presenting, the page never scrolls: undo the browser's jump to the #n section.
    if (wide.matches) window.scrollTo(0, 0);
  }

  const fromAddress = slideFromHash(location.hash, slides.length);
  show(fromAddress ?? 0, { updateAddress: false, scroll: fromAddress !== null, initial: true });

  window.addEventListener('hashchange', () => {
    const index = slideFromHash(location.hash, slides.length);
    if (index !== null && index !== current) show(index, { updateAddress: false });
  });

  doc.querySelector('[data-deck-prev]')?.addEventListener('click', () => show(current - 1));
  doc.querySelector('[data-deck-next]')?.addEventListener('click', () => show(current + 1));
  doc.querySelector('[data-deck-print]')?.addEventListener('click', () => window.print());
  const fullScreen = doc.querySelector<HTMLButtonElement>('[data-deck-fullscreen]');
  if (fullScreen && doc.fullscreenEnabled) {
    fullScreen.hidden = false;
    fullScreen.addEventListener('click', () => (doc.fullscreenElement ? doc.exitFullscreen() : root.requestFullscreen()).catch(() => {}));
  }

  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !wide.matches) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    if (event.key === 'n' || event.key === 'N') {
      const on = !('notes' in root.dataset);
      root.toggleAttribute('data-notes', on);
      for (const notes of deck.querySelectorAll<HTMLDetailsElement>('.slide__notes')) notes.open = on;
      return;
    }
    // Space and Enter keep their own meaning on buttons, links and summaries.
    if (event.key === ' ' && target?.closest('a, button, summary')) return;
    const index = slideForKey(event.key, event.shiftKey, current, slides.length);
    if (index === null) return;
    event.preventDefault();
    show(index);
  });
}
