/**
 * `npm run screenshots -- [--dist DIR] [--dist-sw DIR] [--out DIR]`: builds the
 * seed site in temporary folders, in English and in Kiswahili (or takes
 * `dist/` folders built earlier, at the root path), serves them, and saves
 * PNGs into docs/screenshots/ for the README: a profile on a laptop (1280 px)
 * and on a phone (390 px), an article, the network, the review page and the
 * Kiswahili home page.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { buildSite, checkoutRoot, removeSite, type BuiltSite } from '../tests/support/site-build';
import { serveStatic } from '../tests/support/static-server';
import { readCommandLine } from './command-line';

const USAGE = 'usage: npm run screenshots -- [--dist DIR] [--dist-sw DIR] [--out DIR]';

type Language = 'en' | 'sw';

/** What is shot, in which language and at what width: the README shows these files. */
const shots: { file: string; path: string; language: Language; width: number; fullPage: boolean }[] = [
  { file: 'person.png', path: 'people/raila-odinga/', language: 'en', width: 1280, fullPage: true },
  { file: 'person-phone.png', path: 'people/raila-odinga/', language: 'en', width: 390, fullPage: false },
  { file: 'article.png', path: 'articles/odm-leader-raila-odinga-has-intensified-his-efforts-to-woo/', language: 'en', width: 1280, fullPage: false },
  { file: 'network.png', path: 'network/', language: 'en', width: 1280, fullPage: true },
  { file: 'review.png', path: 'review/', language: 'en', width: 1280, fullPage: true },
  { file: 'home-sw.png', path: '', language: 'sw', width: 1280, fullPage: false },
];

async function main(): Promise<number> {
  const { values } = readCommandLine({
    options: {
      dist: { type: 'string' },
      'dist-sw': { type: 'string' },
      out: { type: 'string', default: path.join(checkoutRoot, 'docs', 'screenshots') },
      help: { type: 'boolean', default: false },
    },
  }, USAGE);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const given: Record<Language, string | undefined> = { en: values.dist, sw: values['dist-sw'] };
  const built: BuiltSite[] = [];
  const dists = {} as Record<Language, string>;
  for (const language of ['en', 'sw'] as const) {
    const dist = given[language];
    if (dist) {
      dists[language] = path.resolve(dist);
      continue;
    }
    console.log(`building the seed site (${language}) in a temporary folder…`);
    const site = await buildSite({ env: { SIASA_LANG: language } });
    built.push(site);
    dists[language] = site.dist;
  }
  const servers = { en: await serveStatic(dists.en), sw: await serveStatic(dists.sw) };
  const browser = await launchChromium();
  try {
    await mkdir(values.out, { recursive: true });
    for (const shot of shots) {
      // The light scheme and a fixed scale, so the same site gives the same pictures.
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.width < 600 ? 844 : 800 },
        deviceScaleFactor: 1,
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const response = await page.goto(new URL(shot.path, servers[shot.language].url).href, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status()}`);
      const file = path.join(values.out, shot.file);
      await page.screenshot({ path: file, fullPage: shot.fullPage, animations: 'disabled' });
      console.log(`${path.relative(process.cwd(), file)}  ${shot.language} ${shot.width} px  /${shot.path}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await Promise.all([servers.en.close(), servers.sw.close()]);
    await Promise.all(built.map(removeSite));
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
