// What the background does with a tab's verdict: remember it for the popup, badge the icon, record the history.
import type { PostingGoneMessage, SenderLike, TabState, VerdictMessage } from '../messages';
import { shapeLabel } from '../panel/labels';
import { historyEntryFromVerdict } from '../storage/history-entry';
import { clearTabState, getTabState, setTabState, tabStateFromVerdict } from '../storage/tab-state';
import { recordVerdict } from './history-writes';
import { showBadge } from './toolbar';

// A tab's messages take effect in the order they were sent, so a page's start never clears the verdict after it.
const tabQueues = new Map<number, Promise<void>>();

function inTabOrder(tabId: number, work: () => Promise<void>): Promise<void> {
  const done = (tabQueues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = done.catch(() => undefined);
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return done;
}

export async function onVerdict(message: VerdictMessage, sender: SenderLike): Promise<undefined> {
  const tabId = sender.tab?.id;
  const now = Date.now();
  if (tabId !== undefined) {
    await inTabOrder(tabId, async () => {
      await setTabState(tabId, tabStateFromVerdict(message, now));
      await showBadge(tabId, message.verdict.shape, shapeLabel(message.verdict.shape));
    });
  }
  const written = await recordVerdict(historyEntryFromVerdict(message, now));
  // The background's console is where a failed history write shows; the options page says so on its own writes.
  if (!written.ok) console.error('RoleLens: could not record the posting in the history.', written.error);
  return undefined;
}

export async function onPostingGone(_message: PostingGoneMessage, sender: SenderLike): Promise<undefined> {
  const tabId = sender.tab?.id;
  if (tabId !== undefined) await forgetTab(tabId);
  return undefined;
}

export function forgetTab(tabId: number): Promise<void> {
  return inTabOrder(tabId, async () => {
    await clearTabState(tabId);
    await showBadge(tabId, null);
  });
}

export function tabState(tabId: number): Promise<TabState | null> {
  return getTabState(tabId);
}
