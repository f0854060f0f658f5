// Typed sending and receiving: replies are validated too, and failures come back as values, not throws.

import browser from 'webextension-polyfill';
import { parseBackgroundMessage, parseContentMessage, parseReply } from './parse';
import { admitFromSender, type SenderLike } from './senders';
import type { BackgroundMessage, ContentMessage, Message, MessageOf, ReplyOf } from './types';

/** `no-receiver`: nothing listens (no content script in that tab); `bad-reply`: the answer failed validation. */
export type SendError = 'no-receiver' | 'bad-reply' | 'failed';
export type SendResult<R> = { ok: true; reply: R } | { ok: false; error: SendError; detail: string };

export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}
export interface TabsLike {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

async function send<M extends Message>(
  deliver: () => Promise<unknown>,
  message: M,
): Promise<SendResult<ReplyOf<M['type']>>> {
  let raw: unknown;
  try {
    raw = await deliver();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const error = /Receiving end does not exist|Could not establish connection/i.test(detail)
      ? 'no-receiver'
      : 'failed';
    return { ok: false, error, detail };
  }
  const parsed = parseReply(message.type, raw);
  return parsed
    ? { ok: true, reply: parsed.value as ReplyOf<M['type']> }
    : { ok: false, error: 'bad-reply', detail: `unexpected reply to ${message.type}` };
}

/** From a content script, the popup or the options page to the background. */
export function sendToBackground<M extends BackgroundMessage>(
  message: M,
  runtime: RuntimeLike = browser.runtime,
): Promise<SendResult<ReplyOf<M['type']>>> {
  return send(() => runtime.sendMessage(message), message);
}

/** From the popup or the background to the content script of one tab. */
export function sendToTab<M extends ContentMessage>(
  tabId: number,
  message: M,
  tabs: TabsLike = browser.tabs,
): Promise<SendResult<ReplyOf<M['type']>>> {
  return send(() => tabs.sendMessage(tabId, message), message);
}

export type { SenderLike } from './senders';

export type Handlers<M extends Message> = {
  [T in M['type']]?: (message: MessageOf<T>, sender: SenderLike) => ReplyOf<T> | Promise<ReplyOf<T>>;
};

export interface MessageEventLike {
  addListener(listener: (message: unknown, sender: SenderLike) => unknown): void;
  removeListener(listener: (message: unknown, sender: SenderLike) => unknown): void;
}

interface ListenOptions {
  event?: MessageEventLike;
  /** Our extension id; messages from anyone else are ignored. */
  extensionId?: string;
  /** Our pages' origin (runtime.getURL('')), to tell extension pages from content scripts. */
  extensionOrigin?: string;
}

/** Checks who sent an already parsed message; null drops it. */
type Admit<M> = (message: M, sender: SenderLike) => M | null;

function listen<M extends Message>(
  parse: (raw: unknown) => M | null,
  handlers: Handlers<M>,
  options: ListenOptions,
  admit: Admit<M> = (message) => message,
): () => void {
  const event = options.event ?? browser.runtime.onMessage;
  const extensionId = options.extensionId ?? browser.runtime.id;
  const listener = (raw: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    if (sender.id !== extensionId) return undefined;
    const parsed = parse(raw);
    const message = parsed && admit(parsed, sender);
    const handler =
      message && (handlers[message.type as M['type']] as ((m: M, s: SenderLike) => unknown) | undefined);
    // Returning undefined leaves the message to other listeners, as the polyfill expects.
    return handler ? Promise.resolve(handler(message, sender)) : undefined;
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}

/**
 * For the background: answers valid background messages from our own extension, each only from the context that
 * may send it (senders.ts); returns the unsubscribe.
 */
export function listenInBackground(
  handlers: Handlers<BackgroundMessage>,
  options: ListenOptions = {},
): () => void {
  const origin = options.extensionOrigin ?? browser.runtime.getURL('');
  return listen(parseBackgroundMessage, handlers, options, (message, sender) =>
    admitFromSender(message, sender, origin),
  );
}

/** For the content script: answers valid content messages from our own extension; returns the unsubscribe. */
export function listenInContent(handlers: Handlers<ContentMessage>, options: ListenOptions = {}): () => void {
  return listen(parseContentMessage, handlers, options);
}
