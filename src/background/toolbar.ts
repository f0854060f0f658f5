// The toolbar icon's badge per tab: the shape of the posting on that tab, cleared when it goes.
import browser from 'webextension-polyfill';
import type { Shape } from '../classifier/types';
import { badgeFor } from '../storage/badge';

export async function showBadge(tabId: number, shape: Shape | null, title?: string): Promise<void> {
  const badge = badgeFor(shape);
  try {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setTitle({ tabId, title: title ? `RoleLens: ${title}` : 'RoleLens' });
  } catch {
    // The tab closed between the message and the badge: nothing to show.
  }
}
