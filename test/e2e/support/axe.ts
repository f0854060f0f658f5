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
