// @vitest-environment happy-dom
// Comparing postings from the history: tick two to four, see them side by side; too few, too many, and deletions.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryBrowser } from '../../../src/options/HistoryBrowser';
import type { HistoryEntry } from '../../../src/storage/history-entry';
import { byLabel, byText, mount, unmountAll, waitFor } from '../popup/dom';

vi.mock('webextension-polyfill', () => import('../fakes/browser'));

const cat = (id: string, label: string, pole: 'external' | 'internal', weight: number) => ({
  id,
  label,
  pole,
  weight,
});

const entry = (n: number, overrides: Partial<HistoryEntry> = {}): HistoryEntry => ({
  key: `k${n}`,
  time: 1_700_000_000_000 - n * 1000,
  site: 'lever',
  title: `Posting ${n}`,
  company: `Company ${n}`,
  url: `https://jobs.lever.co/x/${n}`,
  shape: 'cto',
  externalShare: 0.8,
  mismatch: null,
  confidence: 0.6,
  categories: [
    cat('vision', 'Technical vision and strategy', 'external', 4),
    cat('hiring', 'Hiring and recruiting', 'internal', 1),
  ],
  context: [],
  ...overrides,
});

const ENTRIES = [
  entry(1, {
    title: 'Chief Technology Officer',
    context: [{ kind: 'stage', text: 'Series A: at this stage one person can do both.' }],
  }),
  entry(2, {
    title: 'VP of Engineering',
    shape: 'vpeng',
    externalShare: 0.15,
    confidence: 0.9,
    mismatch: null,
    categories: [
      cat('hiring', 'Hiring and recruiting', 'internal', 6),
      cat('delivery', 'Delivery and execution', 'internal', 3),
    ],
    context: [{ kind: 'reporting', text: 'Reports to the CTO.' }],
  }),
  entry(3, {
    title: 'CTO (titled)',
    shape: 'vpeng',
    externalShare: 0.3,
    mismatch: 'Titled CTO, reads VP-Eng-shaped',
  }),
  entry(4, { title: 'Head of Engineering', shape: 'hybrid', externalShare: 0.5 }),
  entry(5, { title: 'Old entry', confidence: undefined, categories: undefined, context: undefined }),
];

afterEach(() => unmountAll());

function browse(entries: HistoryEntry[] = ENTRIES): HTMLElement {
  return mount(
    <HistoryBrowser
      entries={entries}
      total={entries.length}
      complete
      track="either"
      onChanged={async () => {}}
    />,
  );
}

const tick = (el: HTMLElement, title: string) => byLabel(el, `Compare ${title}`).click();
const compareButton = (el: HTMLElement) => byText<HTMLButtonElement>(el, 'button', 'Compare selected');
const table = (el: HTMLElement) => el.querySelector<HTMLTableElement>('.compare-table');
const columns = (el: HTMLElement) =>
  [...(table(el)?.querySelectorAll('thead th') ?? [])].map((th) => th.querySelector('a')?.textContent);
const row = (el: HTMLElement, header: string) => {
  const tr = [...(table(el)?.querySelectorAll('tbody tr') ?? [])].find(
    (r) => r.querySelector('th')?.textContent === header,
  );
  return [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent ?? '');
};

describe('Compare', () => {
  it('keeps the button disabled, saying why, until two postings are ticked', async () => {
    const el = browse();
    expect(compareButton(el).disabled).toBe(true);
    expect(compareButton(el).getAttribute('aria-describedby')).toBe('compare-why');
    expect(el.querySelector('#compare-why')?.textContent).toMatch(/at least two/);
    tick(el, 'Chief Technology Officer');
    await waitFor(() => expect(compareButton(el).textContent).toBe('Compare selected (1)'));
    expect(compareButton(el).disabled).toBe(true);
    tick(el, 'VP of Engineering');
    await waitFor(() => expect(compareButton(el).disabled).toBe(false));
    expect(el.querySelector('#compare-why')).toBeNull();
  });

  it('shows two postings side by side: shape, share, confidence, categories as bars, mismatch, context', async () => {
    const el = browse();
    tick(el, 'Chief Technology Officer');
    tick(el, 'VP of Engineering');
    await waitFor(() => expect(compareButton(el).disabled).toBe(false));
    compareButton(el).click();
    await waitFor(() => expect(table(el)).not.toBeNull());
    expect(columns(el)).toEqual(['Chief Technology Officer', 'VP of Engineering']);
    expect(row(el, 'Shape')).toEqual(['CTO-shaped', 'VP-Eng-shaped']);
    expect(row(el, 'External share')).toEqual(['80% external · 20% internal', '15% external · 85% internal']);
    expect(row(el, 'Confidence')).toEqual(['60%', '90%']);
    // Categories line up across columns, with 0 where a posting has none, drawn against the heaviest of all.
    expect(row(el, 'External categories')).toEqual([
      'Technical vision and strategy: 4.0',
      'Technical vision and strategy: 0.0',
    ]);
    expect(row(el, 'Internal categories')).toEqual([
      'Hiring and recruiting: 1.0Delivery and execution: 0.0',
      'Hiring and recruiting: 6.0Delivery and execution: 3.0',
    ]);
    const bars = [...(table(el)?.querySelectorAll<HTMLElement>('.pole-internal .bar > span') ?? [])];
    expect(bars.map((b) => b.style.width)).toEqual(['16.666666666666664%', '0%', '100%', '50%']);
    expect(row(el, 'Title mismatch')).toEqual(['None', 'None']);
    expect(row(el, 'Context')).toEqual([
      'Stage: Series A: at this stage one person can do both.',
      'Reports to: Reports to the CTO.',
    ]);
    await waitFor(() => expect(document.activeElement?.id).toBe('compare-heading'));
  });

  it('shows four postings, and says what an entry from before the comparison did not record', async () => {
    const el = browse();
    for (const title of ['Chief Technology Officer', 'CTO (titled)', 'Head of Engineering', 'Old entry'])
      tick(el, title);
    await waitFor(() => expect(compareButton(el).textContent).toBe('Compare selected (4)'));
    compareButton(el).click();
    await waitFor(() => expect(table(el)).not.toBeNull());
    expect(columns(el)).toEqual([
      'Chief Technology Officer',
      'CTO (titled)',
      'Head of Engineering',
      'Old entry',
    ]);
    expect(row(el, 'Shape')).toEqual(['CTO-shaped', 'VP-Eng-shaped', 'Hybrid', 'CTO-shaped']);
    expect(row(el, 'Title mismatch')[1]).toBe('Titled CTO, reads VP-Eng-shaped');
    expect(row(el, 'Confidence')[3]).toMatch(/^Not recorded/);
    expect(row(el, 'External categories')[3]).toMatch(/^Not recorded/);
    expect(row(el, 'Context')[3]).toMatch(/^Not recorded/);
  });

  it('refuses a fifth posting with a message and keeps the four', async () => {
    const el = browse();
    for (const title of [
      'Chief Technology Officer',
      'VP of Engineering',
      'CTO (titled)',
      'Head of Engineering',
    ])
      tick(el, title);
    await waitFor(() => expect(compareButton(el).textContent).toBe('Compare selected (4)'));
    const fifth = byLabel(el, 'Compare Old entry');
    fifth.click();
    await waitFor(() => expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/up to four/));
    expect(fifth.checked).toBe(false);
    expect(compareButton(el).textContent).toBe('Compare selected (4)');
    byLabel(el, 'Compare VP of Engineering').click();
    await waitFor(() => expect(el.querySelector('[role="alert"]')?.textContent).toBe(''));
    fifth.click();
    await waitFor(() => expect(compareButton(el).textContent).toBe('Compare selected (4)'));
    expect(fifth.checked).toBe(true);
  });

  it('leaves out a posting deleted from the history after it was chosen, and says so', async () => {
    const el = browse();
    for (const title of ['Chief Technology Officer', 'VP of Engineering', 'Head of Engineering'])
      tick(el, title);
    await waitFor(() => expect(compareButton(el).disabled).toBe(false));
    compareButton(el).click();
    await waitFor(() => expect(columns(el)).toHaveLength(3));
    render(
      <HistoryBrowser
        entries={ENTRIES.filter((e) => e.key !== 'k2')}
        total={ENTRIES.length - 1}
        complete
        track="either"
        onChanged={async () => {}}
      />,
      el,
    );
    await waitFor(() => expect(columns(el)).toEqual(['Chief Technology Officer', 'Head of Engineering']));
    expect(el.querySelector('.compare [role="status"]')?.textContent).toMatch(/no longer in the history: 1/);
    expect(compareButton(el).textContent).toBe('Compare selected (2)');
    render(
      <HistoryBrowser
        entries={ENTRIES.filter((e) => e.key === 'k1')}
        total={1}
        complete
        track="either"
        onChanged={async () => {}}
      />,
      el,
    );
    await waitFor(() => expect(table(el)).toBeNull());
    expect(el.querySelector('.compare')?.textContent).toMatch(/Fewer than two/);
    expect(compareButton(el).disabled).toBe(true);
  });

  it('closes the comparison and gives focus back to the button', async () => {
    const el = browse();
    tick(el, 'Chief Technology Officer');
    tick(el, 'VP of Engineering');
    await waitFor(() => expect(compareButton(el).disabled).toBe(false));
    compareButton(el).click();
    await waitFor(() => expect(table(el)).not.toBeNull());
    byText(el, 'button', 'Close the comparison').click();
    await waitFor(() => expect(el.querySelector('.compare')).toBeNull());
    expect(document.activeElement).toBe(compareButton(el));
  });
});
