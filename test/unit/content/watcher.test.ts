// @vitest-environment happy-dom
// The watcher under a hand-driven clock and scheduler: late postings, SPA navigation, endless mutation, give-up, stop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Schedule, watchPostings } from '../../../src/content/watcher';
import type { Posting, SiteAdapter } from '../../../src/sites/types';

let clock = 0;
let queue: { run: () => void; at: number }[] = [];
const schedule: Schedule = (run, delayMs) => {
  const task = { run, at: clock + delayMs };
  queue.push(task);
  return () => {
    queue = queue.filter((t) => t !== task);
  };
};
let href = 'https://jobs.example/view/1';

/** Lets MutationObserver deliver, then runs every task that is due (advancing the clock by `ms` first). */
async function tick(ms = 200): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  clock += ms;
  const due = queue.filter((t) => t.at <= clock);
  queue = queue.filter((t) => t.at > clock);
  for (const task of due) task.run();
}

const extract = vi.fn((doc: Document, url: URL): Posting | null => {
  const el = doc.querySelector('#desc');
  const text = el?.textContent?.trim() ?? '';
  if (!el || !text) return null;
  return { key: url.pathname, title: 'VP Engineering', text, elements: [el], source: 'markup' };
});
const adapter: SiteAdapter = {
  id: 'test',
  name: 'Test',
  exampleUrls: [],
  matchPatterns: [],
  matches: () => true,
  isPostingUrl: (url) => url.pathname.startsWith('/view/'),
  extract,
};

function start() {
  const onPosting = vi.fn();
  const onGone = vi.fn();
  const watch = watchPostings({ adapter, onPosting, onGone, href: () => href, now: () => clock, schedule });
  return { onPosting, onGone, watch };
}

beforeEach(() => {
  clock = 0;
  queue = [];
  href = 'https://jobs.example/view/1';
  extract.mockClear();
  document.body.innerHTML = '<nav>Jobs</nav><span id="clock">0</span><main id="pane"></main>';
});
afterEach(() => {
  document.body.innerHTML = '';
});

function showPosting(text: string): void {
  document.querySelector('#pane')!.innerHTML = `<h1>VP Engineering</h1><div id="desc">${text}</div>`;
}

describe('watchPostings', () => {
  it('reports a posting that arrives after load, once', async () => {
    const { onPosting, watch } = start();
    await tick();
    expect(onPosting).not.toHaveBeenCalled();
    showPosting('Lead the engineering teams.');
    await tick();
    await tick();
    expect(onPosting).toHaveBeenCalledTimes(1);
    expect(onPosting.mock.calls[0]![0][0].text).toBe('Lead the engineering teams.');
    watch.stop();
  });

  it('ignores a page that mutates without end while the posting is unchanged', async () => {
    showPosting('Own the technology vision.');
    const { onPosting, watch } = start();
    await tick();
    const extractions = extract.mock.calls.length;
    for (let i = 1; i <= 100; i++) {
      document.querySelector('#clock')!.textContent = String(i);
      document.body.append(Object.assign(document.createElement('div'), { textContent: `feed item ${i}` }));
      await tick(1000);
    }
    expect(onPosting).toHaveBeenCalledTimes(1);
    expect(extract.mock.calls.length).toBe(extractions); // mutations outside the posting do not even re-extract
    watch.stop();
  });

  it('re-extracts but stays quiet when the posting is rewritten with the same text', async () => {
    showPosting('Own delivery.');
    const { onPosting, watch } = start();
    await tick();
    for (let i = 0; i < 5; i++) {
      document.querySelector('#desc')!.textContent = 'Own delivery.';
      await tick();
    }
    expect(extract.mock.calls.length).toBeGreaterThan(1);
    expect(onPosting).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('follows SPA navigation: a new URL and pane give a new posting, an emptied pane gives onGone', async () => {
    showPosting('First posting text.');
    const { onPosting, onGone, watch } = start();
    await tick();
    href = 'https://jobs.example/view/2';
    document.querySelector('#clock')!.textContent = 'x'; // any mutation; the URL change makes it count
    await tick();
    expect(onPosting).toHaveBeenCalledTimes(2); // same text, new key: a different posting
    expect(onPosting.mock.calls[1]![0][0].key).toBe('/view/2');
    document.querySelector('#pane')!.innerHTML = '<p>Loading…</p>';
    await tick();
    await tick();
    expect(onGone).toHaveBeenCalledTimes(1);
    showPosting('Second posting text.');
    await tick();
    await tick();
    expect(onPosting).toHaveBeenCalledTimes(3);
    watch.stop();
  });

  it('re-checks on popstate', async () => {
    showPosting('Posting one.');
    const { onPosting, watch } = start();
    await tick();
    href = 'https://jobs.example/view/3';
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect(onPosting).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('gives up quietly after 30 s without a posting, and starts again on a new URL', async () => {
    const { onPosting, onGone, watch } = start();
    for (let i = 0; i < 40; i++) {
      document.querySelector('#clock')!.textContent = String(i);
      await tick(1000);
    }
    const extractions = extract.mock.calls.length;
    expect(extractions).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      document.querySelector('#clock')!.textContent = `late ${i}`;
      await tick(1000);
    }
    expect(extract.mock.calls.length).toBe(extractions);
    expect(onGone).not.toHaveBeenCalled();
    href = 'https://jobs.example/view/9';
    showPosting('Arrived on the next page.');
    await tick();
    await tick();
    expect(onPosting).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('spaces extractions out under a burst of relevant mutations', async () => {
    const { watch } = start();
    for (let i = 0; i < 50; i++) {
      document.querySelector('#pane')!.textContent = `loading ${i}`;
      await tick(10);
    }
    // 500 ms of mutations at the default 150 ms gap: a handful of extractions, not fifty.
    expect(extract.mock.calls.length).toBeLessThanOrEqual(5);
    watch.stop();
  });

  it('tears everything down on stop()', async () => {
    const { onPosting, watch } = start();
    watch.stop();
    expect(queue).toHaveLength(0);
    showPosting('After stop.');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    await tick();
    expect(onPosting).not.toHaveBeenCalled();
    expect(extract).not.toHaveBeenCalled();
    expect(queue).toHaveLength(0);
  });

  it('reads a posting URL generically once the page settles with nothing the adapter knows', async () => {
    document.querySelector('#pane')!.innerHTML =
      '<article>Lead the platform teams and own the roadmap.</article>';
    const generic = vi.fn((doc: Document): Posting | null => {
      const el = doc.querySelector('article')!;
      return { key: 'g', title: 'Read anyway', text: el.textContent ?? '', elements: [el], source: 'markup' };
    });
    const fallback: SiteAdapter = { ...adapter, id: 'generic', extract: generic };
    const onPosting = vi.fn();
    const watch = watchPostings({
      adapter,
      fallback,
      fallbackAfterMs: 3000,
      onPosting,
      onGone: vi.fn(),
      href: () => href,
      now: () => clock,
      schedule,
    });
    await tick(1000);
    expect(onPosting).not.toHaveBeenCalled();
    for (let i = 0; i < 4; i++) await tick(1000);
    expect(onPosting).toHaveBeenCalledTimes(1);
    expect(onPosting.mock.calls[0]![0][0].source).toBe('generic');
    // The adapter's own reading replaces the generic one as soon as the page gives it.
    showPosting('Own the technology vision.');
    await tick();
    await tick();
    expect(onPosting.mock.calls.at(-1)![0][0].source).toBe('markup');
    watch.stop();
  });

  it('never reads a URL generically that names no posting', async () => {
    href = 'https://jobs.example/search';
    document.querySelector('#pane')!.innerHTML =
      '<article>Lead the platform teams and own the roadmap.</article>';
    const generic = vi.fn(() => null);
    const watch = watchPostings({
      adapter,
      fallback: { ...adapter, extract: generic },
      onPosting: vi.fn(),
      onGone: vi.fn(),
      href: () => href,
      now: () => clock,
      schedule,
    });
    for (let i = 0; i < 10; i++) await tick(1000);
    expect(generic).not.toHaveBeenCalled();
    watch.stop();
  });
});
