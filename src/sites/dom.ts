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

// "(3) " before a title counts unread notifications.
const UNREAD_COUNT = /^\(\d+\+?\)\s*/;

/** "Graduate Data Engineer | Acme | LinkedIn" → title and company: the document title's own pattern on a site
 * whose markup names neither in a stable place. Null unless the title has exactly that shape. */
export function titleParts(doc: Document, site: string): { title: string; company: string } | null {
  const parts = (pageTitle(doc) ?? '').replace(UNREAD_COUNT, '').split(' | ');
  if (parts.length !== 3 || parts[2]!.trim() !== site) return null;
  const [title, company] = [parts[0]!.trim(), parts[1]!.trim()];
  return title && company ? { title, company } : null;
}

export const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
// A heading's section is a few wrappers up at most; further up is the whole page.
const MAX_SECTION_DEPTH = 6;

/** The first `selector` match in the section a heading names ("About the job"), found by walking up from the
 * heading to the nearest ancestor that holds one: headings survive redesigns that rename every class. */
export function underHeading(root: ParentNode, heading: RegExp, selector: string): Element | null {
  for (const el of Array.from(root.querySelectorAll(HEADINGS))) {
    if (!heading.test(inlineText(el))) continue;
    let section: Element | null = el.parentElement;
    for (let depth = 0; section && depth < MAX_SECTION_DEPTH; depth++) {
      const found = section.querySelector(selector);
      if (found) return found;
      section = section.parentElement;
    }
  }
  return null;
}

/** The nearest ancestor of `el` that also holds the heading: the whole section, when a parser or the page split
 * its text across siblings of the element (a list cannot sit inside a paragraph). */
export function headedSection(el: Element, heading: RegExp): Element {
  let section: Element | null = el.parentElement;
  for (let depth = 0; section && depth < MAX_SECTION_DEPTH; depth++) {
    const named = Array.from(section.querySelectorAll(HEADINGS)).some((h) => heading.test(inlineText(h)));
    if (named) return section;
    section = section.parentElement;
  }
  return el;
}
