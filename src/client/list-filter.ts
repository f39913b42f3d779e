/**
 * Narrows an A–Z list as the reader types: entries whose names do not
 * contain what was typed are hidden, and so are letters left empty. The box
 * is shown only once this script runs (see ListFilter.astro).
 */
import { t } from '../i18n';
import { filterText } from '../site/filter-text';

for (const filter of document.querySelectorAll<HTMLElement>('[data-list-filter]')) {
  const list = document.getElementById(filter.dataset.listFilter ?? '');
  const input = filter.querySelector('input');
  const status = filter.querySelector<HTMLElement>('[data-filter-status]');
  const none = filter.querySelector<HTMLElement>('[data-filter-none]');
  if (list === null || input === null) continue;
  const entries = [...list.querySelectorAll<HTMLElement>('[data-filter-text]')];
  const groups = [...list.querySelectorAll<HTMLElement>('[data-filter-group]')];

  const apply = () => {
    const wanted = filterText(input.value);
    let shown = 0;
    for (const entry of entries) {
      const match = wanted === '' || (entry.dataset.filterText ?? '').includes(wanted);
      entry.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = group.querySelector('[data-filter-text]:not([hidden])') === null;
    if (none) none.hidden = shown > 0;
    if (status) status.textContent = wanted === '' ? '' : t('filter.status', { count: shown });
  };

  input.addEventListener('input', apply);
  filter.hidden = false;
  // A value the browser restored (back button) filters at once.
  if (input.value !== '') apply();
}
