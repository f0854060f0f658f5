import { describe, expect, it, vi } from 'vitest';
import { listenInBackground } from '../../../src/messages/send';
import type { BackgroundMessage } from '../../../src/messages/types';
import { contentSender, fakeBrowser, type MessageSender } from '../fakes/browser';
import { sampleVerdictMessage } from '../fakes/samples';

const POPUP: MessageSender = { id: 'rolelens-test', url: 'chrome-extension://rolelens-test/popup.html' };
const OPTIONS_IN_TAB: MessageSender = {
  id: 'rolelens-test',
  url: 'chrome-extension://rolelens-test/options.html',
  frameId: 0,
  tab: { id: 9, url: 'chrome-extension://rolelens-test/options.html' },
};
const POSTING = 'https://boards.greenhouse.io/acme/jobs/123';

const handlers = () => ({
  verdict: vi.fn(() => undefined),
  'posting-gone': vi.fn(() => undefined),
  'get-tab-state': vi.fn(() => null),
  'analyze-tab': vi.fn(() => ({ ok: true as const })),
  'history-clear': vi.fn(() => ({ ok: true as const })),
  'history-trim': vi.fn(() => ({ ok: true as const })),
});

function deliver(message: BackgroundMessage, sender: MessageSender) {
  const listener = fakeBrowser.runtime.onMessage.listeners[0]!;
  return listener(message, sender);
}

describe('the background answers each message only from the context that may send it', () => {
  it('a content script cannot read or analyse any tab', () => {
    const h = handlers();
    listenInBackground(h);
    const page = contentSender(4, POSTING);
    expect(deliver({ type: 'get-tab-state', tabId: 7 }, page)).toBeUndefined();
    expect(deliver({ type: 'analyze-tab', tabId: 7 }, page)).toBeUndefined();
    expect(deliver({ type: 'history-clear' }, page)).toBeUndefined();
    expect(deliver({ type: 'history-trim', limit: 0 }, page)).toBeUndefined();
    expect(h['get-tab-state']).not.toHaveBeenCalled();
    expect(h['history-clear']).not.toHaveBeenCalled();
    expect(h['analyze-tab']).not.toHaveBeenCalled();
  });

  it('the popup and the options page can', async () => {
    const h = handlers();
    listenInBackground(h);
    await expect(deliver({ type: 'get-tab-state', tabId: 7 }, POPUP)).resolves.toBeNull();
    await expect(deliver({ type: 'analyze-tab', tabId: 7 }, OPTIONS_IN_TAB)).resolves.toEqual({ ok: true });
  });

  it('verdicts and page changes come only from a tab’s top frame', async () => {
    const h = handlers();
    listenInBackground(h);
    const gone = { type: 'posting-gone', url: POSTING } as const;
    expect(deliver(sampleVerdictMessage(), contentSender(4, POSTING, 3))).toBeUndefined();
    expect(deliver(gone, contentSender(4, POSTING, 3))).toBeUndefined();
    expect(deliver(sampleVerdictMessage(), POPUP)).toBeUndefined();
    expect(deliver(gone, OPTIONS_IN_TAB)).toBeUndefined();
    expect(
      deliver(sampleVerdictMessage(), { id: 'rolelens-test', url: POSTING, frameId: 0 }),
    ).toBeUndefined();
    expect(h.verdict).not.toHaveBeenCalled();
    expect(h['posting-gone']).not.toHaveBeenCalled();
    await deliver(gone, contentSender(4, POSTING));
    expect(h['posting-gone']).toHaveBeenCalledOnce();
  });

  it('takes the page URL from the browser’s record of the sender, not from the message', async () => {
    const h = handlers();
    listenInBackground(h);
    const claimed = sampleVerdictMessage({ url: 'https://bank.example/statement' });
    await deliver(claimed, contentSender(4, POSTING));
    expect(h.verdict).toHaveBeenCalledWith({ ...claimed, url: POSTING }, contentSender(4, POSTING));
    await deliver({ type: 'posting-gone', url: 'https://elsewhere.example/' }, contentSender(4, POSTING));
    expect(h['posting-gone']).toHaveBeenCalledWith(
      { type: 'posting-gone', url: POSTING },
      contentSender(4, POSTING),
    );
  });
});
