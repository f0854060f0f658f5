// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { TabState } from '../../../src/messages/types';
import { Popup } from '../../../src/popup/Popup';
import { addToHistory } from '../../../src/storage/history';
import type { HistoryEntry } from '../../../src/storage/history-entry';
import { fakeBrowser } from '../fakes/browser';
import { seedOldHistory } from '../fakes/history';
import { byLabel, byText, mount, unmountAll, waitFor } from './dom';

const fake = fakeBrowser;
let closed: MockInstance<() => void>;

const TAB = 7;

function state(overrides: Partial<TabState['verdict']> = {}): TabState {
  return {
    url: 'https://jobs.lever.co/acme/123e4567-e89b-12d3-a456-426614174000',
    site: 'lever',
    posting: { key: 'lever:acme-1', title: 'Chief Technology Officer', company: 'Acme' },
    verdict: {
      shape: 'vpeng',
      externalShare: 0.3,
      confidence: 0.7,
      mismatch: 'Titled CTO, reads VP-Eng-shaped',
      summary: 'Mostly about the team.',
      ...overrides,
    },
    time: 1,
  };
}

/** The background as the popup sees it: a tab state and an analyze result. */
function background(tabState: TabState | null, analyze: unknown = { ok: true }) {
  fake.runtime.onMessage.addListener((message) => {
    const m = message as { type: string };
    if (m.type === 'get-tab-state') return Promise.resolve(tabState);
    if (m.type === 'analyze-tab') return Promise.resolve(analyze);
    return undefined;
  });
}

function openTab(url: string) {
  fake.tabs.list = [{ id: TAB, url, active: true, windowId: 1 }];
}

beforeEach(() => {
  closed = vi.spyOn(window, 'close').mockImplementation(() => {});
});

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('Popup', () => {
  it('shows the verdict: shape, shares, mismatch, posting and fit with the track', async () => {
    fake.storage.sync.seed({ track: 'cto' });
    openTab(state().url);
    background(state());
    const el = mount(<Popup />);
    const headline = await waitFor(() => byText(el, 'h2', 'VP-Eng-shaped'));
    expect(headline).toBeTruthy();
    expect(el.textContent).toContain('30% external');
    expect(el.textContent).toContain('70% internal');
    expect(el.querySelector('[role="note"]')?.textContent).toContain('Titled CTO, reads VP-Eng-shaped');
    expect(el.textContent).toContain('Chief Technology Officer');
    expect(el.textContent).toContain('Acme');
    await waitFor(() => expect(el.textContent).toContain('Not your track'));
  });

  it('"Show panel" sends open-panel to the tab and closes the popup', async () => {
    openTab(state().url);
    background(state());
    fake.tabs.setTabHandler(TAB, () => Promise.resolve({ open: true }));
    const el = mount(<Popup />);
    const button = await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Show panel'));
    button.click();
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(fake.recorded.tabMessages).toEqual([{ tabId: TAB, message: { type: 'open-panel' } }]);
  });

  it('says so plainly on a posting URL where nothing could be read, and offers to analyze it', async () => {
    openTab('https://it.linkedin.com/jobs/view/4012345679/');
    background(null);
    const el = mount(<Popup />);
    await waitFor(() => expect(el.textContent).toContain('RoleLens found no posting here'));
    expect(el.textContent).toContain('Classify selected text with RoleLens');
    expect(byText(el, 'button', 'Analyze this page')).toBeTruthy();
  });

  it('says so when a known hiring site shows no posting yet', async () => {
    openTab('https://www.linkedin.com/jobs/');
    background(null);
    const el = mount(<Popup />);
    await waitFor(() => expect(el.textContent).toContain('No posting on this page yet'));
    expect(el.textContent).not.toContain('Analyze this page');
  });

  it('shows no verdict once the tab has gone from the posting to a page without one', async () => {
    openTab('https://jobs.lever.co/acme');
    background(state());
    const el = mount(<Popup />);
    await waitFor(() => expect(el.textContent).toContain('No posting on this page yet'));
    expect(el.textContent).not.toContain('VP-Eng-shaped');
    expect(el.textContent).not.toContain('Chief Technology Officer');
  });

  it('keeps the verdict when only the query or hash changed (a single-page app)', async () => {
    openTab(`${state().url}/?lever-source=x#apply`);
    background(state());
    const el = mount(<Popup />);
    await waitFor(() => byText(el, 'h2', 'VP-Eng-shaped'));
  });

  it('offers to analyze an unknown site and reports an unsupported page clearly', async () => {
    openTab('https://careers.example.com/jobs/cto');
    background(null, { ok: false, reason: 'unsupported-page' });
    const el = mount(<Popup />);
    const button = await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Analyze this page'));
    button.click();
    await waitFor(() =>
      byText(el, '[role="alert"]', 'Browsers do not let extensions read this kind of page'),
    );
    expect(fake.recorded.runtimeMessages).toContainEqual({ type: 'analyze-tab', tabId: TAB });
    expect(closed).not.toHaveBeenCalled();
  });

  it('closes after a successful analysis so the panel shows', async () => {
    openTab('https://careers.example.com/jobs/cto');
    background(null, { ok: true });
    const el = mount(<Popup />);
    (await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Analyze this page'))).click();
    await waitFor(() => expect(closed).toHaveBeenCalled());
  });

  it('the site switch writes the adapter id, or the hostname elsewhere, to disabledSites', async () => {
    openTab('https://www.linkedin.com/jobs/view/1');
    background(null);
    const el = mount(<Popup />);
    const box = await waitFor(() => byLabel(el, 'RoleLens on LinkedIn'));
    expect(box.checked).toBe(true);
    box.click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledSites).toEqual(['linkedin']));
    await waitFor(() => expect(byLabel(el, 'RoleLens on LinkedIn').checked).toBe(false));
    byLabel(el, 'RoleLens on LinkedIn').click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledSites).toEqual([]));

    unmountAll();
    openTab('https://careers.example.com/jobs/cto');
    const other = mount(<Popup />);
    (await waitFor(() => byLabel(other, 'RoleLens on careers.example.com'))).click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledSites).toEqual(['careers.example.com']));
  });

  it('has a global on/off switch', async () => {
    openTab('https://careers.example.com/');
    background(null);
    const el = mount(<Popup />);
    (await waitFor(() => byLabel(el, 'RoleLens on'))).click();
    await waitFor(() => expect(fake.storage.sync.dump().enabled).toBe(false));
  });

  it('lists the five newest postings with their shape and a link', async () => {
    const entries: HistoryEntry[] = Array.from({ length: 7 }, (_, i) => ({
      key: `k${i}`,
      time: 1000 + i,
      site: 'lever',
      title: `Posting ${i}`,
      company: `Company ${i}`,
      url: `https://jobs.lever.co/c/${i}`,
      shape: i % 2 ? 'cto' : 'vpeng',
      externalShare: 0.5,
      mismatch: null,
    }));
    await seedOldHistory(entries);
    openTab('https://www.linkedin.com/jobs/');
    background(null);
    const el = mount(<Popup />);
    const links = await waitFor(() => {
      const found = el.querySelectorAll<HTMLAnchorElement>('.recent a');
      expect(found.length).toBe(5);
      return [...found];
    });
    expect(links[0]!.textContent).toBe('Posting 6');
    expect(links[0]!.getAttribute('href')).toBe('https://jobs.lever.co/c/6');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(el.querySelector('.recent li')?.textContent).toContain('VP-Eng-shaped');
    expect(el.querySelector('.recent li')?.textContent).toContain('Company 6');
  });

  it('adds a posting to the recent list while the popup is open', async () => {
    openTab('https://www.linkedin.com/jobs/');
    background(null);
    const el = mount(<Popup />);
    await waitFor(() =>
      expect(el.querySelector('.recent')?.textContent).toContain(
        'Postings you read with RoleLens appear here.',
      ),
    );
    const entry: HistoryEntry = {
      key: 'k-new',
      time: 5000,
      site: 'lever',
      title: 'Head of Engineering',
      company: 'Fernhollow',
      url: 'https://jobs.lever.co/fernhollow/1',
      shape: 'vpeng',
      externalShare: 0.2,
      mismatch: null,
    };
    await addToHistory(entry, { enabled: true, limit: 500 });
    await waitFor(() => expect(el.querySelector('.recent a')?.textContent).toBe('Head of Engineering'));
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fake.runtime, 'openOptionsPage');
    openTab('https://www.linkedin.com/jobs/');
    background(null);
    const el = mount(<Popup />);
    byText<HTMLButtonElement>(el, 'button', 'Settings and history').click();
    await waitFor(() => expect(open).toHaveBeenCalled());
  });

  it('says a browser page cannot be read', async () => {
    openTab('chrome://settings/');
    background(null);
    const el = mount(<Popup />);
    await waitFor(() => expect(el.textContent).toContain('it cannot read this page'));
  });
});
