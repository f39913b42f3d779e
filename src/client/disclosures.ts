/**
 * Small manners for the page's `<details data-disclosure>` (the phone menu,
 * the phone's contents): Escape closes an open one and puts focus back on
 * its button, and following a link inside one closes it, as a menu does.
 * Without this script they still open and close natively.
 */

function closeDisclosure(details: HTMLDetailsElement, refocus: boolean): void {
  details.open = false;
  if (refocus) details.querySelector('summary')?.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = (event.target as Element | null)?.closest?.('details[data-disclosure][open]');
  if (open instanceof HTMLDetailsElement) closeDisclosure(open, true);
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('details[data-disclosure] a');
  const details = link?.closest('details');
  if (details instanceof HTMLDetailsElement) closeDisclosure(details, false);
});
