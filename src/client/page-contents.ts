/**
 * Marks, in the "On this page" lists, the section being read: the last
 * heading whose top has scrolled past a line near the top of the window
 * (or the last one, once the page is scrolled to its end). The lists are
 * plain links; this only adds `aria-current` as the reader scrolls.
 */

const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-page-contents] a[href^="#"]')];
const targetOf = (link: HTMLAnchorElement) => (link.getAttribute('href') ?? '').slice(1);
const ids = [...new Set(links.map(targetOf))];
const headings = ids.map((id) => document.getElementById(id)).filter((heading) => heading !== null);

/** How far down the window a heading counts as reached: near the top, where a reader's eye starts a section. */
const readingLine = () => Math.min(100, window.innerHeight / 4);

function currentHeading(): HTMLElement | undefined {
  const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  if (atEnd) return headings.at(-1);
  let current: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= readingLine()) current = heading;
  }
  return current;
}

let scheduled = false;
function update(): void {
  scheduled = false;
  const current = currentHeading();
  for (const link of links) {
    if (current !== undefined && targetOf(link) === current.id) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(update);
}

if (headings.length > 0) {
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}
