/**
 * `npm run screenshots -- [--dist DIR] [--out DIR]`: builds the seed site in a
 * temporary folder (or takes a `dist/` built earlier, at the root path),
 * serves it, and saves full-page PNGs, 1280 px wide, of a person page, the
 * network page and the review page into docs/screenshots/, for the README.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium';
import { buildSite, checkoutRoot, removeSite, type BuiltSite } from '../tests/support/site-build';
import { serveStatic } from '../tests/support/static-server';

const USAGE = 'usage: npm run screenshots -- [--dist DIR] [--out DIR]';

/** What is shot: the README shows these three files. */
const shots = [
  { file: 'person.png', path: 'people/raila-odinga/' },
  { file: 'network.png', path: 'network/' },
  { file: 'review.png', path: 'review/' },
];

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string', default: path.join(checkoutRoot, 'docs', 'screenshots') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let site: BuiltSite | undefined;
  if (!values.dist) {
    console.log('building the seed site in a temporary folder…');
    site = await buildSite();
  }
  const server = await serveStatic(values.dist ? path.resolve(values.dist) : site!.dist);
  const browser = await launchChromium();
  try {
    await mkdir(values.out, { recursive: true });
    // The light scheme and a fixed scale, so the same site gives the same pictures.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const shot of shots) {
      const response = await page.goto(new URL(shot.path, server.url).href, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status()}`);
      const file = path.join(values.out, shot.file);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      console.log(`${path.relative(process.cwd(), file)}  ${shot.path}`);
    }
  } finally {
    await browser.close();
    await server.close();
    if (site) await removeSite(site);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
