/**
 * The lesson page's printouts. Two buttons: the pupil worksheet alone (one or two pages to hand
 * out) and the teacher copy (the whole lesson with the answer key on its own last page). Printing
 * from the browser menu gives the lesson without the answer key. Before any printout, external
 * links become numbered notes listed at the end; internal links print as plain text.
 * Without JavaScript the buttons stay hidden, the lesson prints without the answer key and
 * external links print their address after the text.
 */
type PrintMode = 'worksheet' | 'teacher';

export function enhanceLessonPrint(root: Document): void {
  const options = root.querySelector<HTMLElement>('[data-print-options]');
  if (!options) return;
  options.hidden = false;
  const body = root.body;
  const print = (mode: PrintMode) => {
    body.dataset.print = mode;
    window.print();
  };
  options.querySelector('[data-print-worksheet]')?.addEventListener('click', () => print('worksheet'));
  options.querySelector('[data-print-teacher]')?.addEventListener('click', () => print('teacher'));
  window.addEventListener('beforeprint', () => numberExternalLinks(root));
  // The browser's own Print command, after a button was used, prints the lesson again.
  window.addEventListener('afterprint', () => delete body.dataset.print);
}

/** Marks each external link with its note number and lists the addresses at the end. */
function numberExternalLinks(root: Document) {
  const list = root.querySelector<HTMLOListElement>('[data-print-notes] ol');
  if (!list) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.lesson a[href^="http"]')].filter((a) => !a.closest('[data-print-notes]'));
  list.replaceChildren(
    ...links.map((link, i) => {
      link.dataset.note = String(i + 1);
      const item = root.createElement('li');
      item.textContent = link.href;
      return item;
    }),
  );
  list.closest<HTMLElement>('[data-print-notes]')!.dataset.filled = links.length ? 'true' : '';
}
