/**
 * The lesson page's print options: a "print / save as PDF" button and a checkbox that leaves the
 * answer key out of the printout (pupil copies). Without JavaScript both stay hidden and the
 * answer key prints on its own last page.
 */
export function enhanceLessonPrint(root: Document): void {
  const options = root.querySelector<HTMLElement>('[data-print-options]');
  if (!options) return;
  options.hidden = false;
  const withAnswers = options.querySelector<HTMLInputElement>('[data-print-answers]')!;
  const apply = () => root.body.classList.toggle('print-without-answers', !withAnswers.checked);
  withAnswers.addEventListener('change', apply);
  apply();
  options.querySelector('[data-print-button]')?.addEventListener('click', () => window.print());
}
