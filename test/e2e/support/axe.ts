// axe-core in a page under test: evaluated through the driver, since extension pages rightly forbid inline scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageHandle } from './driver';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/** Violations found under the element the expression names ('document' for the whole page), one line each. */
export async function axeViolations(
  tab: PageHandle,
  target = 'document',
  tags: string[] = WCAG_TAGS,
): Promise<string[]> {
  await tab.evaluate(`(() => { ${AXE}; return true; })()`);
  return tab.evaluate<string[]>(`(async () => {
    const result = await window.axe.run(${target}, { runOnly: ${JSON.stringify(tags)} });
    return result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  })()`);
}

export const PANEL_HARNESS_URL = 'https://boards.greenhouse.io/rolelens-a11y-harness';
// A plain page; the panel's markup goes into an open shadow root there, where axe can read it.
export const PANEL_HARNESS =
  '<!doctype html><html lang="en"><head><title>RoleLens panel</title></head><body><main></main></body></html>';

/** Puts the panel's markup into an open shadow root of the harness page and runs axe over it in a theme. */
export async function panelViolations(
  harness: PageHandle,
  markup: string,
  theme: 'light' | 'dark',
): Promise<string[]> {
  await harness.evaluate(`(() => {
    document.querySelector('rolelens-check')?.remove();
    const host = document.createElement('rolelens-check');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = ${JSON.stringify(markup)};
    root.querySelector('.panel').setAttribute('data-theme', ${JSON.stringify(theme)});
    document.querySelector('main').append(host);
    return true;
  })()`);
  return axeViolations(harness, "document.querySelector('rolelens-check')", [...WCAG_TAGS, 'best-practice']);
}
