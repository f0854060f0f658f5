// Per-tab verdicts for the background, in storage.session so a restarted service worker still knows them.

import browser from 'webextension-polyfill';
import { parseTabState } from '../messages/parse';
import type { TabState, VerdictMessage } from '../messages/types';
import type { StorageAreaLike } from './area';

export interface TabStateStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  clear(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/** storage.session when there is one (Chrome 102+, Firefox 115+), else only memory; never throws. */
export function createTabStateStore(area: StorageAreaLike | undefined): TabStateStore {
  // Memory answers fast and covers a missing or failing session area; the area survives worker restarts.
  const memory = new Map<number, TabState>();
  return {
    async get(tabId) {
      const known = memory.get(tabId);
      if (known || !area) return known ?? null;
      try {
        const state = parseTabState((await area.get(keyOf(tabId)))?.[keyOf(tabId)]);
        if (state) memory.set(tabId, state);
        return state;
      } catch {
        return null;
      }
    },
    async set(tabId, state) {
      memory.set(tabId, state);
      await area?.set({ [keyOf(tabId)]: state }).catch(() => undefined);
    },
    async clear(tabId) {
      memory.delete(tabId);
      await area?.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}

let defaultStore: TabStateStore | undefined;
// Created on first use, so importing this module touches no extension API.
const store = () => {
  defaultStore ??= createTabStateStore((browser.storage as { session?: StorageAreaLike }).session);
  return defaultStore;
};

export const getTabState = (tabId: number) => store().get(tabId);
export const setTabState = (tabId: number, state: TabState) => store().set(tabId, state);
export const clearTabState = (tabId: number) => store().clear(tabId);

/** The tab state for a verdict a content script reported. */
export function tabStateFromVerdict(message: VerdictMessage, time: number): TabState {
  return { url: message.url, site: message.site, posting: message.posting, verdict: message.verdict, time };
}
