// Small selector helpers: try each selector in order, because these sites change their markup often.
import { inlineText } from './text';

/** First element matching any selector, in selector order (earlier selectors are the current markup). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** First non-empty single-line text under any selector. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const text = inlineText(el);
      if (text) return text;
    }
  }
  return undefined;
}

/** Content of a <meta property|name=...>. */
export function metaContent(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

/** The document's <title>, whitespace collapsed. */
export function pageTitle(doc: Document): string | undefined {
  const title = inlineText(doc.querySelector('title'));
  return title || undefined;
}
