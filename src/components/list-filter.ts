/**
 * Live filtering of a plain list by any number of select fields. The selection is mirrored in
 * the URL (?measure=7&sector=energy) so a filtered view can be shared, and the count of
 * matching items is announced through the form's status region.
 */
import { fillTemplate } from '../lib/i18n/fill-template';

export function enhanceListFilter(form: HTMLFormElement, root: Document): void {
  const items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const selects = (form.dataset.fields ?? '').split(' ').map((name) => form.elements.namedItem(name) as HTMLSelectElement);
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    select.value = wanted && [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }

  const apply = () => {
    let shown = 0;
    for (const item of items) {
      const match = selects.every((s) => !s.value || (item.dataset[s.name] ?? '').split(' ').includes(s.value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    status.textContent = shown ? fillTemplate(form.dataset.statusTemplate ?? '', { count: shown }) : (form.dataset.none ?? '');
    const url = new URL(location.href);
    for (const s of selects) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    history.replaceState(null, '', url);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset clears the selects after this event, so apply on the next task.
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
  apply();
}
