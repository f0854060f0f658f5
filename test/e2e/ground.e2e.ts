// The ground: the built extension loads in real Chromium, runs only where it should, and stays quiet and local.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { launchForSuite, serveFixtures } from './support/suite';

const server = serveFixtures();

describe('built manifest', () => {
  it('exposes no web-accessible resources and asks for no broad host access', () => {
    const manifest = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });

  it('ships each content script as one self-contained file, and no web-accessible resource', () => {
    const manifest = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
    const scripts: string[] = manifest.content_scripts.flatMap((s: { js: string[] }) => s.js);
    expect(scripts).toHaveLength(11);
    for (const script of [...scripts, 'src/content/index.js']) {
      const code = readFileSync(`dist/chrome/${script}`, 'utf8');
      expect(code).not.toMatch(/\bimport\s*\(|^import\s/m);
    }
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe.each(BROWSERS)('in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it('finds the RoleLens landmark on a Greenhouse posting served over plain http', async () => {
    const page = await driver.open('http://boards.greenhouse.io/northwind/jobs/4012345');
    const panel = await page.waitForPanel();
    expect(panel.headings.length).toBeGreaterThan(0);
    await page.close();
  });

  it('shows no panel and logs no error on a matched page that holds no posting', async () => {
    const page = await driver.open('http://boards.greenhouse.io/acme');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.panel()).toBeNull();
    expect(driver.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('opens the popup and the options page with no console errors', async () => {
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await driver.openExtensionPage(path);
      await new Promise((r) => setTimeout(r, 500));
      await page.close();
    }
    expect(driver.consoleErrors()).toEqual([]);
  });

  it('sends no request anywhere but the fixture server', () => {
    expect(driver.foreignRequests()).toEqual([]);
  });
});
