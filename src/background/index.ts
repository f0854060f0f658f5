// The background: judges postings for the content scripts; migrations on install and update, per-tab verdicts and
// badges, the context menu and the shortcut.
import './precompiled';
import browser from 'webextension-polyfill';
import { listenInBackground, selectionMessage } from '../messages';
import { t } from '../shared/i18n';
import { runMigrations } from '../storage/run-migrations';
import { clearHistoryInOrder, migrateHistoryInOrder, trimHistoryInOrder } from './history-writes';
import { deliver, injectInto } from './inject';
import { judgeBatch, judgePosting, startJudging } from './judge';
import { pageSettings, savePanelChoice } from './page-settings';
import { forgetTab, onPostingGone, onVerdict, tabState } from './tab-verdicts';

const MENU_ID = 'rolelens-classify-selection';

// First in the queue of history writes at every start: an update from a version that kept the history in
// storage.local moves it before any verdict is recorded (a later start finds nothing to move).
void migrateHistoryInOrder();

browser.runtime.onInstalled.addListener(async () => {
  await runMigrations();
  // Menus persist across restarts; recreate them on install and update only.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: t('menuClassifySelection'), contexts: ['selection'] });
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  await deliver(tab.id, selectionMessage(info.selectionText));
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-panel') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await deliver(tabId, { type: 'toggle-panel' });
});

startJudging();

listenInBackground({
  verdict: onVerdict,
  'posting-gone': onPostingGone,
  'judge-posting': judgePosting,
  'judge-batch': judgeBatch,
  'page-settings': pageSettings,
  'panel-choice': savePanelChoice,
  'get-tab-state': (message) => tabState(message.tabId),
  'analyze-tab': (message) => injectInto(message.tabId),
  'history-clear': () => clearHistoryInOrder(),
  'history-trim': (message) => trimHistoryInOrder(message.limit),
});

// A full navigation or a closed tab ends its verdict; the content script reports single-page changes itself.
browser.tabs.onUpdated.addListener(async (tabId, change) => {
  if (change.status !== 'loading' || !change.url) return;
  // A single-page app may already have reported the new URL's posting: keep that one.
  if ((await tabState(tabId))?.url !== change.url) await forgetTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
