// Which context may send which background message: the browser fills in the sender, the message cannot forge it.

import { isTabId, isText } from './guards';
import { MESSAGE_LIMITS } from './parse';
import type { BackgroundMessage } from './types';

export interface SenderLike {
  id?: string;
  url?: string;
  /** 0 for a tab's top frame; set by the browser for content scripts. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** `top-frame`: a content script in a tab's top frame; `extension-page`: the popup or the options page. */
export type SenderKind = 'top-frame' | 'extension-page';

export const SENDER_OF: { readonly [T in BackgroundMessage['type']]: SenderKind } = {
  verdict: 'top-frame',
  'posting-gone': 'top-frame',
  'judge-posting': 'top-frame',
  'judge-batch': 'top-frame',
  'page-settings': 'top-frame',
  'panel-choice': 'top-frame',
  'get-tab-state': 'extension-page',
  'analyze-tab': 'extension-page',
  'history-clear': 'extension-page',
  'history-trim': 'extension-page',
};

/** Pages of this extension, by the origin runtime.getURL('') gives (chrome-extension://id/, moz-extension://uuid/). */
export const isExtensionPage = (sender: SenderLike, extensionOrigin: string): boolean =>
  extensionOrigin.length > 0 && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);

/** A tab's top frame showing a web page; frames and extension pages in tabs do not report postings. */
const isTopFrame = (sender: SenderLike, extensionOrigin: string): sender is SenderLike & { url: string } =>
  isTabId(sender.tab?.id) &&
  sender.frameId === 0 &&
  isText(sender.url, MESSAGE_LIMITS.url, 1) &&
  !isExtensionPage(sender, extensionOrigin);

/**
 * The message as the background may act on it, or null when its sender may not send it. A page's URL comes from
 * the browser's record of the sender, never from the message.
 */
export function admitFromSender<M extends BackgroundMessage>(
  message: M,
  sender: SenderLike,
  extensionOrigin: string,
): M | null {
  if (SENDER_OF[message.type] === 'extension-page') {
    return isExtensionPage(sender, extensionOrigin) ? message : null;
  }
  if (!isTopFrame(sender, extensionOrigin)) return null;
  return 'url' in message ? { ...message, url: sender.url } : message;
}
