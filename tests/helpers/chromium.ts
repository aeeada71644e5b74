import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, installed by tests/setup-system.sh (playwright downloads no browser here). */
export const CHROMIUM = "/usr/bin/chromium";

/** A headless Chromium and how to close it. */
export interface HeadlessChromium {
  browser: Browser;
  /** Closes the browser and removes its throw-away home directory. */
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with a throw-away home directory: Chromium writes crash
 * reports and settings under $HOME/.config and $HOME/.cache, which must not be the user's.
 * @returns The browser and its closer.
 */
export async function launchChromium(): Promise<HeadlessChromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run tests/setup-system.sh`);
  const home = mkdtempSync(join(tmpdir(), "edu-chromium-home-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, ".config"),
      XDG_CACHE_HOME: join(home, ".cache"),
    },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-crash-reporter",
      "--disable-breakpad",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
