/**
 * Starts Debian's Chromium (`/usr/bin/chromium`) with playwright-core, never a
 * downloaded browser. No test framework here, so scripts can use it too.
 */
import { chromium, type Browser } from 'playwright-core';

/** Debian's package; `.ci/run` installs it when it is missing. */
export const chromiumPath = '/usr/bin/chromium';

/** Starts headless Chromium; close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // No sandbox: CI runs as root. The rest keep Chromium from phoning home mid-test.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
