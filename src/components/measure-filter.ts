/**
 * Live filtering of the grouped measure list by category and responsible body.
 * The selection is mirrored in the URL (?category=…&department=…) so a filtered view can
 * be shared, and the count is announced through the form's status region.
 */
export function enhanceMeasureFilter(form: HTMLFormElement, root: Document): void {
  const cards = [...root.querySelectorAll<HTMLElement>('[data-measure]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-category-group]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const category = form.elements.namedItem('category') as HTMLSelectElement;
  const department = form.elements.namedItem('department') as HTMLSelectElement;

  const params = new URLSearchParams(location.search);
  category.value = optionOr(category, params.get('category'));
  department.value = optionOr(department, params.get('department'));

  const apply = () => {
    let shown = 0;
    for (const card of cards) {
      const match =
        (!category.value || card.dataset.category === category.value) &&
        (!department.value || (card.dataset.departments ?? '').split(' ').includes(department.value));
      card.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-measure]:not([hidden])');
    status.textContent = shown ? (form.dataset.statusTemplate ?? '').replace('{count}', String(shown)) : (form.dataset.none ?? '');
    const url = new URL(location.href);
    for (const [key, select] of [['category', category], ['department', department]] as const) {
      if (select.value) url.searchParams.set(key, select.value);
      else url.searchParams.delete(key);
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

function optionOr(select: HTMLSelectElement, value: string | null): string {
  return value && [...select.options].some((o) => o.value === value) ? value : '';
}
