// How the QA checks start Debian's Chromium (see DEVELOPERS.md): the same
// binary and flags everywhere, and a clear answer when it is missing.
import { accessSync, constants } from 'node:fs';

/** The flags of DEVELOPERS.md. Without the background-networking ones Chromium keeps trying to reach Google. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Whether the Chromium binary exists and is executable. */
export function hasChromium(path = chromiumPath()) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The one line printed when the browser tests cannot run. */
export const MISSING_CHROMIUM =
  'browser tests not run: install Chromium (apt-get install -y chromium) or set CHROMIUM_PATH';
