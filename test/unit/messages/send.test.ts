import { describe, expect, it, vi } from 'vitest';
import { listenInBackground, listenInContent, sendToBackground, sendToTab } from '../../../src/messages/send';
import { contentSender, FakeEvent, fakeBrowser, type MessageListener } from '../fakes/browser';
import { sampleTabState, sampleVerdictMessage } from '../fakes/samples';

describe('background round trip', () => {
  it('delivers a typed request and a validated reply', async () => {
    const state = sampleTabState();
    const getTabState = vi.fn(async () => state);
    listenInBackground({ 'get-tab-state': getTabState });
    const result = await sendToBackground({ type: 'get-tab-state', tabId: 4 });
    expect(result).toEqual({ ok: true, reply: state });
    expect(getTabState).toHaveBeenCalledWith(
      { type: 'get-tab-state', tabId: 4 },
      { id: 'rolelens-test', url: 'chrome-extension://rolelens-test/popup.html' },
    );
  });

  it('acknowledges void messages', async () => {
    const verdicts: unknown[] = [];
    listenInBackground({ verdict: (m) => void verdicts.push(m.posting.key) });
    fakeBrowser.runtime.sender = contentSender(3, 'https://boards.greenhouse.io/acme/jobs/123');
    expect(await sendToBackground(sampleVerdictMessage())).toEqual({ ok: true, reply: undefined });
    expect(verdicts).toEqual(['https://boards.greenhouse.io/acme/jobs/123']);
  });

  it('ignores malformed messages, other receivers’ messages and strangers', async () => {
    const handler = vi.fn(() => null);
    listenInBackground({ 'get-tab-state': handler });
    const listener = fakeBrowser.runtime.onMessage.listeners[0]!;
    expect(listener({ type: 'get-tab-state', tabId: 'x' }, { id: 'rolelens-test' })).toBeUndefined();
    expect(listener({ type: 'toggle-panel' }, { id: 'rolelens-test' })).toBeUndefined();
    expect(listener({ type: 'get-tab-state', tabId: 1 }, { id: 'someone-else' })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves messages without a handler to other listeners', async () => {
    listenInBackground({});
    listenInBackground({ 'analyze-tab': () => ({ ok: true }) });
    expect(await sendToBackground({ type: 'analyze-tab', tabId: 1 })).toEqual({
      ok: true,
      reply: { ok: true },
    });
  });

  it('reports a reply that fails validation', async () => {
    listenInBackground({ 'analyze-tab': () => ({ ok: 'maybe' }) as never });
    expect(await sendToBackground({ type: 'analyze-tab', tabId: 1 })).toMatchObject({
      ok: false,
      error: 'bad-reply',
    });
  });

  it('reports a missing receiver and thrown handlers without throwing', async () => {
    fakeBrowser.runtime.sender = contentSender(3, 'https://x.test/');
    expect(await sendToBackground({ type: 'posting-gone', url: 'https://x.test/' })).toMatchObject({
      ok: false,
      error: 'no-receiver',
    });
    listenInBackground({
      'posting-gone': () => {
        throw new Error('boom');
      },
    });
    expect(await sendToBackground({ type: 'posting-gone', url: 'https://x.test/' })).toEqual({
      ok: false,
      error: 'failed',
      detail: 'boom',
    });
  });

  it('unsubscribes', async () => {
    const stop = listenInBackground({ 'analyze-tab': () => ({ ok: true }) });
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('tab round trip', () => {
  it('toggles the panel in a tab and returns its state', async () => {
    // The tab's own runtime.onMessage, as its content script would see it.
    const contentEvent = new FakeEvent<MessageListener>();
    fakeBrowser.tabs.setTabHandler(7, (raw, sender) => contentEvent.emit(raw, sender)[0]);
    let open = false;
    const toggle = () => {
      open = !open;
      return { open };
    };
    listenInContent({ 'toggle-panel': toggle }, { event: contentEvent, extensionId: 'rolelens-test' });
    expect(await sendToTab(7, { type: 'toggle-panel' })).toEqual({ ok: true, reply: { open: true } });
    expect(await sendToTab(7, { type: 'toggle-panel' })).toEqual({ ok: true, reply: { open: false } });
    expect(fakeBrowser.recorded.tabMessages[0]).toEqual({ tabId: 7, message: { type: 'toggle-panel' } });
  });

  it('says when a tab has no content script', async () => {
    expect(await sendToTab(99, { type: 'open-panel' })).toMatchObject({ ok: false, error: 'no-receiver' });
  });

  it('accepts injected runtime and tabs objects', async () => {
    const tabs = { sendMessage: async () => ({ open: false }) };
    expect(await sendToTab(1, { type: 'open-panel' }, tabs)).toEqual({ ok: true, reply: { open: false } });
    const runtime = { sendMessage: async () => null };
    expect(await sendToBackground({ type: 'get-tab-state', tabId: 1 }, runtime)).toEqual({
      ok: true,
      reply: null,
    });
  });

  it('content listeners ignore background messages', async () => {
    listenInContent({ 'open-panel': () => ({ open: true }) });
    const listener = fakeBrowser.runtime.onMessage.listeners[0]!;
    expect(listener(sampleVerdictMessage(), { id: 'rolelens-test' })).toBeUndefined();
    await expect(listener({ type: 'open-panel' }, { id: 'rolelens-test' })).resolves.toEqual({ open: true });
  });
});
