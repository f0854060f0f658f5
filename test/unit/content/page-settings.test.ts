// A page's settings come from the background: what the page is told follows storage (a site switched off, the
// collapse remembered per site), the page's panel choices are written there, and nothing else may ask.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageSettings, savePanelChoice as writePanelChoice } from '../../../src/background/page-settings';
import { DEFAULT_PAGE_SETTINGS, readPageSettings, savePanelChoice } from '../../../src/content/page-settings';
import { listenInBackground } from '../../../src/messages';
import { readSettings, saveSettings } from '../../../src/storage/settings';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { contentSender, fakeBrowser, resetFakeBrowser } from '../fakes/browser';

vi.mock('webextension-polyfill', () => import('../fakes/browser'));

const URL = 'https://boards.greenhouse.io/acme/jobs/123';

beforeEach(() => {
  vi.restoreAllMocks();
  resetFakeBrowser();
  fakeBrowser.runtime.sender = contentSender(3, URL);
  listenInBackground({ 'page-settings': pageSettings, 'panel-choice': writePanelChoice });
});

describe('the settings a page is told', () => {
  it('are the stored defaults when nothing was changed', async () => {
    expect(await readPageSettings('greenhouse')).toEqual(DEFAULT_PAGE_SETTINGS);
    const d = DEFAULT_SETTINGS;
    expect(DEFAULT_PAGE_SETTINGS).toEqual({
      enabled: d.enabled,
      panelSide: d.panelSide,
      collapsed: d.panelStart === 'collapsed',
      theme: d.theme,
      highlights: d.highlights,
      highlightOwnPhrases: d.highlightOwnPhrases,
      track: d.track,
    });
  });

  it('say RoleLens is off on a site the user switched off, by id or by host', async () => {
    await saveSettings({ disabledSites: ['greenhouse'] });
    expect((await readPageSettings('greenhouse')).enabled).toBe(false);
    expect((await readPageSettings('lever')).enabled).toBe(true);
    await saveSettings({ disabledSites: ['boards.greenhouse.io'] });
    expect((await readPageSettings('example.com')).enabled).toBe(false);
  });

  it('remember the panel collapsed on one site, and the side it was moved to', async () => {
    await savePanelChoice('greenhouse', { collapsed: true });
    await savePanelChoice('greenhouse', { panelSide: 'left' });
    expect(await readPageSettings('greenhouse')).toMatchObject({ collapsed: true, panelSide: 'left' });
    expect(await readPageSettings('lever')).toMatchObject({ collapsed: false, panelSide: 'left' });
    expect((await readSettings()).settings.collapsedBySite).toEqual({ greenhouse: true });
  });

  it('are the defaults, said in the console, when an extension page or a frame asks instead', async () => {
    await saveSettings({ panelSide: 'left' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fakeBrowser.runtime.sender = { id: 'rolelens-test', url: 'chrome-extension://rolelens-test/popup.html' };
    expect(await readPageSettings('greenhouse')).toEqual(DEFAULT_PAGE_SETTINGS);
    fakeBrowser.runtime.sender = contentSender(3, URL, 1);
    expect(await readPageSettings('greenhouse')).toEqual(DEFAULT_PAGE_SETTINGS);
    expect(warn).toHaveBeenCalledWith('RoleLens: could not read the settings; the defaults apply.');
  });
});
