import { existsSync } from 'node:fs';

/**
 * The system Chromium the end-to-end tests drive. Playwright's own browser download cannot
 * work on these machines, so we never fall back to it — and never skip: without a browser
 * the run fails and says how to install one.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests (looked at $CHROMIUM_PATH and ' + CANDIDATES.join(', ') + ').',
      'Install one, e.g. on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
      'or point CHROMIUM_PATH at an installed Chromium or Chrome.',
    ].join('\n'),
  );
}

/** Flags for a sandboxed CI machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
