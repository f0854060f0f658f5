import { describe, expect, it } from 'vitest';
import { historyEntryFromVerdict } from '../../../src/storage/history-entry';
import {
  clearTabState,
  createTabStateStore,
  getTabState,
  setTabState,
  tabStateFromVerdict,
} from '../../../src/storage/tab-state';
import { fakeBrowser } from '../fakes/browser';
import { sampleTabState, sampleVerdictMessage } from '../fakes/samples';

describe('tab state in storage.session', () => {
  it('sets, gets and clears per tab', async () => {
    const store = createTabStateStore(fakeBrowser.storage.session);
    await store.set(3, sampleTabState());
    expect(await store.get(3)).toEqual(sampleTabState());
    expect(await store.get(4)).toBeNull();
    await store.clear(3);
    expect(await store.get(3)).toBeNull();
    expect(fakeBrowser.storage.session!.dump()).toEqual({});
  });

  it('survives a service worker restart (a new store over the same area)', async () => {
    await createTabStateStore(fakeBrowser.storage.session).set(3, sampleTabState());
    expect(await createTabStateStore(fakeBrowser.storage.session).get(3)).toEqual(sampleTabState());
  });

  it('drops corrupt stored state', async () => {
    fakeBrowser.storage.session!.seed({ 'tab:3': { url: 5 } });
    expect(await createTabStateStore(fakeBrowser.storage.session).get(3)).toBeNull();
  });

  it('falls back to memory without storage.session, or when it fails', async () => {
    const memoryOnly = createTabStateStore(undefined);
    await memoryOnly.set(1, sampleTabState());
    expect(await memoryOnly.get(1)).toEqual(sampleTabState());
    const failing = createTabStateStore(fakeBrowser.storage.session);
    fakeBrowser.storage.session!.failNext('write', 'session quota');
    await failing.set(2, sampleTabState());
    expect(await failing.get(2)).toEqual(sampleTabState());
    fakeBrowser.storage.session!.failNext('read', 'gone');
    expect(await createTabStateStore(fakeBrowser.storage.session).get(2)).toBeNull();
  });

  it('offers module-level helpers over browser.storage.session', async () => {
    await setTabState(9, sampleTabState());
    expect(fakeBrowser.storage.session!.dump()).toHaveProperty('tab:9');
    expect(await getTabState(9)).toEqual(sampleTabState());
    await clearTabState(9);
    expect(await getTabState(9)).toBeNull();
  });
});

describe('from a verdict message', () => {
  it('builds tab state and a history entry', () => {
    const message = sampleVerdictMessage();
    expect(tabStateFromVerdict(message, 5)).toEqual({ ...sampleTabState(), time: 5 });
    expect(
      historyEntryFromVerdict({ ...message, posting: { ...message.posting, company: null } }, 5),
    ).toEqual({
      key: message.posting.key,
      time: 5,
      site: 'greenhouse',
      title: 'CTO',
      company: '',
      url: message.url,
      shape: 'vpeng',
      externalShare: 0.25,
      mismatch: 'Titled CTO, reads VP-Eng-shaped',
      confidence: message.verdict.confidence,
    });
  });
});
