// Which browsers the end-to-end suite runs in (E2E_BROWSERS=chromium,firefox; both by default), and launching one.
import { launchChromium } from './chromium';
import type { BrowserDriver, BrowserName } from './driver';
import { launchFirefox } from './firefox';

const ALL: BrowserName[] = ['chromium', 'firefox'];

export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? ALL.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => (ALL as string[]).includes(name));

export function launchBrowser(name: BrowserName, port: number): Promise<BrowserDriver> {
  return name === 'firefox' ? launchFirefox({ port }) : launchChromium({ port });
}
