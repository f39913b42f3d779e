/**
 * The `/` shortcut of documentation sites: it moves focus to the search field
 * (the search page's own field when there is one, else the header's), unless
 * the reader is typing in a field or holds a modifier key.
 */

/** Whether a key press lands in something the reader types into. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Installs the shortcut on the fields marked `data-search-field` ("primary" wins). */
export function installSearchShortcut(): void {
  const fields = () => [...document.querySelectorAll<HTMLInputElement>('input[data-search-field]')];
  for (const field of fields()) field.setAttribute('aria-keyshortcuts', '/');
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;
    const candidates = fields();
    const field = candidates.find((input) => input.dataset.searchField === 'primary') ?? candidates[0];
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
