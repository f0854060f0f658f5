// Turns description markup into plain lines the classifier can read: one line per block, bullets kept.

/** Upper bound on extracted text, so a 5 MB page is read in bounded time. */
export const TEXT_CAP = 200_000;

/** Elements that start a new line of text; the panel's highlighter splits words at the same places. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

// Page furniture and widgets whose text is never part of a description.
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'FORM',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface ExtractedText {
  text: string;
  capped: boolean;
}

/** Collects lines; collapses whitespace inside a line and stops at the cap. */
class LineWriter {
  private lines: string[] = [];
  private line = '';
  private bullet = false;
  private length = 0;
  capped = false;

  constructor(private readonly cap: number) {}

  write(raw: string): void {
    let piece = raw.replace(/[\s\u00a0]+/g, ' ');
    if (piece.startsWith(' ') && (this.line === '' || this.line.endsWith(' '))) piece = piece.slice(1);
    if (piece === '') return;
    this.line += piece;
    if (this.length + this.line.length > this.cap) this.capped = true;
  }

  startBullet(): void {
    this.flush();
    this.bullet = true;
  }

  flush(): void {
    const text = this.line.trim();
    this.line = '';
    if (text === '') return;
    const out = this.bullet ? `• ${text}` : text;
    this.bullet = false;
    this.lines.push(out);
    this.length += out.length + 1;
    if (this.length > this.cap) this.capped = true;
  }

  result(): ExtractedText {
    this.flush();
    let text = this.lines.join('\n');
    if (text.length > this.cap) {
      text = text.slice(0, this.cap);
      this.capped = true;
    }
    return { text, capped: this.capped };
  }
}

/** Plain text of one or more elements, walked iteratively (deep pages must not overflow the stack). */
export function elementsText(elements: readonly Element[], cap = TEXT_CAP, exclude?: string): ExtractedText {
  const out = new LineWriter(cap);
  for (const root of elements) {
    const stack: (Node | 'end-block')[] = [root];
    while (stack.length > 0 && !out.capped) {
      const item = stack.pop()!;
      if (item === 'end-block') {
        out.flush();
        continue;
      }
      if (item.nodeType === TEXT_NODE) {
        out.write(item.nodeValue ?? '');
        continue;
      }
      if (item.nodeType !== ELEMENT_NODE) continue;
      const tag = (item as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (exclude && item !== root && (item as Element).matches(exclude)) continue;
      if (tag === 'LI') out.startBullet();
      else if (BLOCK_TAGS.has(tag)) out.flush();
      if (BLOCK_TAGS.has(tag)) stack.push('end-block');
      const children = item.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    out.flush();
  }
  return out.result();
}

type ParserCtor = new () => DOMParser;

/**
 * An inert document for untrusted HTML: parsed by DOMParser, never attached, so nothing loads or runs. No
 * fallback through innerHTML: page text never goes through it, and every browser has DOMParser.
 */
function inertDocument(html: string, owner?: Document): Document {
  const view = owner?.defaultView as (Window & { DOMParser?: ParserCtor }) | null | undefined;
  const Parser: ParserCtor | undefined =
    view?.DOMParser ?? (globalThis as { DOMParser?: ParserCtor }).DOMParser;
  if (!Parser) throw new Error('No DOMParser available to read HTML');
  return new Parser().parseFromString(html, 'text/html');
}

// Some boards put entity-escaped HTML in JSON-LD (`&lt;p&gt;`); after one parse it still looks like tags.
const LOOKS_LIKE_MARKUP = /<\/?(p|li|ul|ol|br|div|h[1-6]|strong|em|b|span)(\s[^>]*)?\/?>/i;

/** Plain text of an HTML fragment (e.g. a JSON-LD description), entities decoded, breaks kept. */
export function htmlToText(html: string, owner?: Document, cap = TEXT_CAP): ExtractedText {
  let doc = inertDocument(html, owner);
  let result = elementsText([doc.body], cap);
  if (LOOKS_LIKE_MARKUP.test(result.text)) {
    doc = inertDocument(result.text.replace(/\n/g, ' '), owner);
    result = elementsText([doc.body], cap);
  }
  return result;
}

/** Longest title any reader hands over: a title is one line, and it is read again on every change of the page. */
export const MAX_TITLE = 200;

/** Longest company name any reader hands over (the background takes up to 300 characters). */
export const MAX_COMPANY = 200;
/** Longest posting key any reader hands over (the background takes up to 2,048 characters). */
export const MAX_KEY = 2048;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}\u2026` : s);

/** A title cut to MAX_TITLE characters, marked with an ellipsis where it was cut. */
export const capTitle = (title: string): string => cut(title, MAX_TITLE);

/** A company name cut to MAX_COMPANY characters; absent stays absent. */
export const capCompany = (company: string | undefined): string | undefined =>
  company === undefined ? undefined : cut(company, MAX_COMPANY);

/** A key cut to MAX_KEY characters, so a posting behind a very long URL still gets its badge and history. */
export const capKey = (key: string): string => cut(key, MAX_KEY);

/** Collapsed single-line text of an element, for titles and companies. */
export function inlineText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A cheap fingerprint of text: FNV-1a over UTF-16 code units. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
