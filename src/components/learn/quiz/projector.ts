/**
 * Projector mode: one question at a time, paged by the buttons or the keyboard (→ / PageDown next,
 * ← / PageUp previous, Home / End, space shows or hides the answer). Without JavaScript the page
 * is every question in a list with its answer in <details>; this turns that list into slides.
 * The current question is kept in the address (#q-3), so a reload stays on it.
 */
export function startProjector(root: HTMLElement) {
  const items = [...root.querySelectorAll<HTMLElement>('[data-projector-item]')];
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-projector-${name}]`);
  const [controls, position, status] = [part('controls'), part('position'), part('status')];
  const [previous, next, reveal] = [part<HTMLButtonElement>('previous'), part<HTMLButtonElement>('next'), part<HTMLButtonElement>('reveal')];
  if (!items.length || !controls || !position || !status || !previous || !next || !reveal) return;
  run(root, items, { controls, position, status, previous, next, reveal });
}

interface Parts {
  controls: HTMLElement;
  position: HTMLElement;
  status: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  reveal: HTMLButtonElement;
}

function run(root: HTMLElement, items: HTMLElement[], { controls, position, status, previous, next, reveal }: Parts) {
  const text = (name: string) => root.dataset[name] ?? '';
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  const answerOf = (item: HTMLElement) => item.querySelector<HTMLDetailsElement>('details');

  let current = Math.max(0, items.findIndex((item) => `#${item.id}` === location.hash));
  root.classList.add('projector--active');
  controls.hidden = false;

  function render(announce: boolean) {
    items.forEach((item, i) => (item.hidden = i !== current));
    const open = answerOf(items[current]!)?.open ?? false;
    position.textContent = fill(text('position'), { n: current + 1, total: items.length });
    reveal.textContent = open ? text('hide') : text('reveal');
    reveal.setAttribute('aria-expanded', String(open));
    // A button that becomes disabled loses focus to the page: hand it to the next useful control.
    const atStart = current === 0;
    const atEnd = current === items.length - 1;
    if ((atStart && document.activeElement === previous) || (atEnd && document.activeElement === next)) reveal.focus();
    previous.disabled = atStart;
    next.disabled = atEnd;
    history.replaceState(null, '', `#${items[current]!.id}`);
    if (announce) status.textContent = position.textContent;
  }
  function go(to: number) {
    const target = Math.min(items.length - 1, Math.max(0, to));
    if (target === current) return;
    current = target;
    render(true);
  }
  function toggle() {
    const answer = answerOf(items[current]!);
    if (!answer) return;
    answer.open = !answer.open;
    render(false);
    const correct = answer.querySelector('[data-projector-correct]')?.textContent ?? '';
    status.textContent = answer.open ? fill(text('answerShown'), { n: current + 1, answer: correct }) : '';
  }

  previous.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  reveal.addEventListener('click', toggle);
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    // Space and Enter on a button or link do their own thing; arrows never move focus on this page.
    const onControl = target.closest('button, a, summary, input, select, textarea') !== null;
    const keys: Record<string, () => void> = {
      ArrowRight: () => go(current + 1),
      PageDown: () => go(current + 1),
      ArrowLeft: () => go(current - 1),
      PageUp: () => go(current - 1),
      Home: () => go(0),
      End: () => go(items.length - 1),
    };
    if (!onControl) keys[' '] = toggle;
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  render(false);
  // Opened at #q-3: the browser scrolled to that question while every question was listed; now that one shows, bring the stage to the top.
  if (location.hash) root.scrollIntoView({ block: 'start' });
}
