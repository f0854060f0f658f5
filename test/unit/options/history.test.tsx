// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearHistoryInOrder, trimHistoryInOrder } from '../../../src/background/history-writes';
import { listenInBackground } from '../../../src/messages/send';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { listHistory } from '../../../src/storage/history';
import type { HistoryEntry } from '../../../src/storage/history-entry';
import { fakeBrowser } from '../fakes/browser';
import { seedOldHistory } from '../fakes/history';
import { byLabel, byText, mount, type, unmountAll, waitFor } from '../popup/dom';

const fake = fakeBrowser;

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  key: overrides.title ?? 'k',
  time: 1_700_000_000_000,
  site: 'lever',
  title: 'Untitled',
  company: '',
  url: 'https://jobs.lever.co/x/1',
  shape: 'cto',
  externalShare: 0.7,
  mismatch: null,
  ...overrides,
});

const ENTRIES = [
  entry({ title: 'Chief Technology Officer', company: 'Zeta', shape: 'cto', externalShare: 0.8, time: 3000 }),
  entry({ title: 'VP Engineering', company: 'Acme', shape: 'vpeng', externalShare: 0.2, time: 2000 }),
  entry({
    title: 'Head of Engineering',
    company: 'Beta, "Inc"',
    shape: 'hybrid',
    externalShare: 0.5,
    time: 1000,
  }),
];

beforeEach(async () => {
  await seedOldHistory(ENTRIES);
  // The background's history writer: the options page asks it to clear and trim.
  listenInBackground({
    'history-clear': () => clearHistoryInOrder(),
    'history-trim': (message) => trimHistoryInOrder(message.limit),
  });
});

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

async function open(): Promise<HTMLElement> {
  const el = mount(<OptionsApp />);
  await waitFor(() => expect(el.querySelectorAll('.history-table tbody tr').length).toBe(3));
  return el;
}

// The first column ticks postings to compare, the second is the date.
const titles = (el: HTMLElement) =>
  [...el.querySelectorAll('.history-table tbody tr td:nth-child(3)')].map((td) => td.textContent);
const header = (el: HTMLElement, name: string) => byText(el, '.history-table th', name);

describe('Options: history', () => {
  it('lists entries newest first with a link, shape, share and fit against the track', async () => {
    fake.storage.sync.seed({ track: 'vpeng' });
    const el = await open();
    expect(titles(el)).toEqual(['Chief Technology Officer', 'VP Engineering', 'Head of Engineering']);
    const first = el.querySelector('.history-table tbody tr')!;
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://jobs.lever.co/x/1');
    expect(first.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(first.textContent).toContain('CTO-shaped');
    expect(first.textContent).toContain('80%');
    await waitFor(() => expect(first.textContent).toContain('Not your track'));
    expect(el.querySelectorAll('.history-table tbody tr')[1]!.textContent).toContain('Fits your track');
    expect(header(el, 'Seen').getAttribute('aria-sort')).toBe('descending');
  });

  it('searches, filters by shape and says how many are shown', async () => {
    const el = await open();
    type(byLabel(el, 'Search'), 'acme');
    await waitFor(() => expect(titles(el)).toEqual(['VP Engineering']));
    expect(el.textContent).toContain('Showing 1 of 3 postings');
    type(byLabel(el, 'Search'), '');
    type(byLabel<HTMLSelectElement>(el, 'Shape'), 'hybrid');
    await waitFor(() => expect(titles(el)).toEqual(['Head of Engineering']));
  });

  it('sorts by a clicked column header, and reverses on a second click', async () => {
    const el = await open();
    header(el, 'Title').querySelector('button')!.click();
    await waitFor(() =>
      expect(titles(el)).toEqual(['Chief Technology Officer', 'Head of Engineering', 'VP Engineering']),
    );
    expect(header(el, 'Title').getAttribute('aria-sort')).toBe('ascending');
    expect(header(el, 'Seen').getAttribute('aria-sort')).toBe('none');
    header(el, 'Title').querySelector('button')!.click();
    await waitFor(() => expect(header(el, 'Title').getAttribute('aria-sort')).toBe('descending'));
    expect(titles(el)).toEqual(['VP Engineering', 'Head of Engineering', 'Chief Technology Officer']);
    header(el, 'External share').querySelector('button')!.click();
    await waitFor(() => expect(titles(el)[2]).toBe('VP Engineering'));
    header(el, 'Company').querySelector('button')!.click();
    await waitFor(() => expect(titles(el)[0]).toBe('VP Engineering'));
  });

  it('downloads the shown entries as CSV through a temporary link', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const el = await open();
    type(byLabel(el, 'Search'), 'engineering');
    await waitFor(() => expect(titles(el).length).toBe(2));
    byText<HTMLButtonElement>(el, 'button', 'Download as CSV').click();
    expect(clicks[0]?.download).toMatch(/^rolelens-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(clicks[0]?.isConnected).toBe(false);
    // UTF-8 with a byte order mark, so spreadsheet programs read non-ASCII titles right.
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await blobs[0]!.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"time","site","title","company","shape","externalShare","mismatch","url","key"');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',"VP Engineering","Acme","vpeng","0.2",');
    expect(lines[2]).toContain('"Beta, ""Inc"""');
    byText<HTMLButtonElement>(el, 'button', 'Download as JSON').click();
    expect(JSON.parse(await blobs[1]!.text()).entries).toHaveLength(2);
  });

  it('clears only after the in-page confirm step', async () => {
    const el = await open();
    byText<HTMLButtonElement>(el, 'button', 'Clear history').click();
    const yes = await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Yes, clear history'));
    expect(el.textContent).toContain('Delete all 3 postings');
    await waitFor(() => expect(document.activeElement).toBe(yes));
    byText<HTMLButtonElement>(el, 'button', 'Cancel').click();
    await waitFor(() => byText(el, 'button', 'Clear history'));
    expect(await listHistory()).toHaveLength(3);
    byText<HTMLButtonElement>(el, 'button', 'Clear history').click();
    (await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Yes, clear history'))).click();
    await waitFor(() => expect(el.textContent).toContain('Showing 0 of 0 postings'));
    expect(await listHistory()).toEqual([]);
    // Through the background, the one owner of history writes.
    expect(fake.recorded.runtimeMessages).toContainEqual({ type: 'history-clear' });
  });

  it('shows why the history could not be cleared', async () => {
    const el = await open();
    fake.runtime.onMessage.reset();
    listenInBackground({
      'history-clear': () => ({ ok: false, error: { code: 'unknown', detail: 'database closed' } }),
    });
    byText<HTMLButtonElement>(el, 'button', 'Clear history').click();
    (await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Yes, clear history'))).click();
    await waitFor(() => byText(el, '[role="alert"]', 'database closed'));
  });

  it('validates the history size as typed and trims the history when it is saved', async () => {
    const el = await open();
    const limit = byLabel(el, 'History size');
    type(limit, '3.5');
    await waitFor(() => byText(el, '.error', 'Enter a whole number from 10 to 5000.'));
    expect(limit.getAttribute('aria-invalid')).toBe('true');
    expect(fake.storage.sync.dump().historyLimit).toBeUndefined();
    type(limit, '10');
    await waitFor(() => expect(fake.storage.sync.dump().historyLimit).toBe(10));
    await waitFor(() => expect(limit.getAttribute('aria-invalid')).toBe('false'));
    await waitFor(() =>
      expect(fake.recorded.runtimeMessages).toContainEqual({ type: 'history-trim', limit: 10 }),
    );
  });

  it('shows the newest rows before the whole history is read, then searches, sorts and exports all of it', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      entry({ key: `k${i}`, title: `Role ${i}`, time: 10_000 + i, url: `https://jobs.lever.co/x/${i}` }),
    );
    await clearHistoryInOrder();
    await seedOldHistory(many);
    // Hold back every getAll, of the store or an index (reading the whole history), until the test lets it through.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype] as { getAll: IDBIndex['getAll'] }[]) {
      const getAll = proto.getAll;
      vi.spyOn(proto, 'getAll').mockImplementation(function (this: unknown, ...args) {
        const request = getAll.apply(this, args);
        let handler: ((event: Event) => void) | null = null;
        Object.defineProperty(request, 'onsuccess', {
          get: () => handler,
          set: (fn: (event: Event) => void) => {
            handler = (event) => void held.then(() => fn(event));
          },
        });
        return request;
      });
    }
    const el = mount(<OptionsApp />);
    await waitFor(() => expect(titles(el)).toHaveLength(100));
    expect(titles(el)[0]).toBe('Role 249');
    expect(titles(el)[99]).toBe('Role 150');
    expect(el.textContent).toContain('Showing the newest 100 of 250 postings; reading the rest');
    expect(byText<HTMLButtonElement>(el, 'button', 'Download as CSV').disabled).toBe(true);
    expect(el.textContent).not.toContain('Show 100 more');
    release();
    await waitFor(() => expect(el.textContent).toContain('Showing 250 of 250 postings'));
    expect(byText<HTMLButtonElement>(el, 'button', 'Download as CSV').disabled).toBe(false);
    byText<HTMLButtonElement>(el, 'button', 'Show 100 more (150 not shown)').click();
    await waitFor(() => expect(titles(el)).toHaveLength(200));
    // Search and sort reach the oldest entries, which the first read did not.
    type(byLabel(el, 'Search'), 'role 7');
    await waitFor(() => expect(titles(el)).toContain('Role 7'));
    header(el, 'Title').querySelector('button')!.click();
    await waitFor(() => expect(titles(el).slice(0, 3)).toEqual(['Role 7', 'Role 17', 'Role 27']));
  });

  it('shows a long history a page at a time and searches after a pause in typing', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      entry({ key: `k${i}`, title: `Role ${i}`, time: 10_000 + i, url: `https://jobs.lever.co/x/${i}` }),
    );
    await clearHistoryInOrder();
    await seedOldHistory(many);
    const el = mount(<OptionsApp />);
    await waitFor(() => expect(el.textContent).toContain('Showing 250 of 250 postings'));
    expect(titles(el)).toHaveLength(100);
    expect(titles(el)[0]).toBe('Role 249');
    byText<HTMLButtonElement>(el, 'button', 'Show 100 more (150 not shown)').click();
    await waitFor(() => expect(titles(el)).toHaveLength(200));
    byText<HTMLButtonElement>(el, 'button', 'Show 50 more (50 not shown)').click();
    await waitFor(() => expect(titles(el)).toHaveLength(250));
    type(byLabel(el, 'Search'), 'role 12');
    // Each keystroke only updates the field; the table follows once typing pauses.
    expect(titles(el)).toHaveLength(250);
    const expected = many
      .map((e) => e.title)
      .filter((title) => title.includes('12'))
      .reverse();
    await waitFor(() => expect(titles(el)).toEqual(expected));
  });

  it('switches the history off', async () => {
    const el = await open();
    byLabel(el, 'Keep a history of postings').click();
    await waitFor(() => expect(fake.storage.sync.dump().historyEnabled).toBe(false));
  });
});
