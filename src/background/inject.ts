// Runs RoleLens in a tab the user pointed it at (popup "Analyze this page", context menu): activeTab + scripting.
import browser from 'webextension-polyfill';
// The content script with every site's reader, built as one self-contained file for this (crxjs `?script&iife`).
import contentScript from '../content/index.tsx?script&iife';
import type { AnalyzeResult } from '../messages';
import { type ContentMessage, sendToTab } from '../messages';

/** Injects the content script (it guards itself against running twice; it adds its own styles while it highlights). */
export async function injectInto(
  tabId: number,
  intent: 'analyze' | 'message' = 'analyze',
): Promise<AnalyzeResult> {
  const file = contentScript;
  try {
    // Same isolated world as the file that follows: tells it why it was injected.
    await browser.scripting.executeScript({
      target: { tabId },
      func: (why: string) => {
        (globalThis as { roleLensInjected?: string }).roleLensInjected = why;
      },
      args: [intent],
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return { ok: true };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Browser pages (settings, stores, PDFs) refuse scripts; anything else is a missing permission.
    const reason =
      /cannot be scripted|chrome:\/\/|about:|extensions gallery|webstore|Missing host permission|Cannot access/i.test(
        text,
      )
        ? 'unsupported-page'
        : 'no-access';
    return { ok: false, reason };
  }
}

/** Sends a message to the tab's content script, injecting it first when nothing listens there. */
export async function deliver(tabId: number, message: ContentMessage): Promise<boolean> {
  const first = await sendToTab(tabId, message);
  if (first.ok) return true;
  if (first.error !== 'no-receiver') return false;
  const injected = await injectInto(tabId, 'message');
  if (!injected.ok) return false;
  return (await sendToTab(tabId, message)).ok;
}
