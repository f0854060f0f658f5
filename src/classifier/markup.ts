// Markup read as structure, the way a page shows it. Postings arrive as HTML (Hacker News comments, JSON-LD,
// scraped feeds) and markdown as often as plain lines: a block-level tag is a line break, an <li> a "- " bullet
// line, formatting tags and markdown emphasis ("**Requirements**") are nothing at all. The result is a list of
// edits that normalising makes (normalize.ts), so offsets still lead back to the caller's text exactly.

/** Replacements in text order: text[at[k], at[k] + length[k]) reads as with[k]. */
export interface Edits {
  at: number[];
  length: number[];
  with: string[];
}

export const noEdits = (): Edits => ({ at: [], length: [], with: [] });

// Tags that plainly mark a text as HTML; only then are tags read at all, so "<5 engineers" stays as written.
const HTML_SIGN =
  /<\/?(?:p|br|li|ul|ol|div|h[1-6]|b|i|u|em|strong|a|span|table|tr|td|section|article|blockquote|font)(?:\s[^<>]*)?\/?>/i;

// A tag's name after "<" or "</"; the rest of the tag runs to the next ">" with no "<" before it.
const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9]*)/y;

// Tags that end a line when the page is shown: each reads as a line break.
const BLOCK_TAGS = new Set(
  'p br div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody tfoot caption section article header footer main aside nav blockquote pre hr figure figcaption form fieldset address details summary title center'.split(
    ' ',
  ),
);
// Tags that format words inside a line: nothing at all, so "<b>looking</b> for" reads "looking for". Any other
// tag (a cell, an image) keeps the words on either side apart with a space.
const FORMAT_TAGS = new Set(
  'a b i u s em strong span font small big sup sub code mark abbr cite q tt ins del'.split(' '),
);

/** True when text[from, to) holds only spaces and line breaks. */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160) return false;
  }
  return true;
}

const spaces = (n: number): string => ' '.repeat(n);

/**
 * HTML tags read as line breaks, bullets, spaces or nothing, and comments as nothing: the edits, and the text
 * with every tag blanked to spaces and block tags to a line break (same length, for finding sentences and
 * headings in it). null when the text is not HTML.
 */
export function readHtml(text: string): { edits: Edits; blanked: string } | null {
  if (text.indexOf('<') < 0 || !HTML_SIGN.test(text)) return null;
  const edits = noEdits();
  const parts: string[] = [];
  let copied = 0;
  // After an <li>, tags up to the item's first word ("<li><p>Lead ...") must not break the bullet's line.
  let bulletOpenAt = -1;
  let started = false;
  // The first '>' at or after a place, kept until passed: text with many '<' and no '>' costs one search.
  let nextGt = -1;
  const gtFrom = (from: number): number => {
    if (nextGt !== Number.POSITIVE_INFINITY && nextGt < from) {
      const found = text.indexOf('>', from);
      nextGt = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return nextGt;
  };
  let at = text.indexOf('<');
  while (at >= 0) {
    let end = -1;
    let kind: 'nothing' | 'space' | 'block' | 'item' = 'nothing';
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      end = close < 0 ? -1 : close + 3;
    } else {
      TAG_NAME.lastIndex = at + 1;
      const name = TAG_NAME.exec(text);
      if (name) {
        const gt = gtFrom(TAG_NAME.lastIndex);
        const lt = text.indexOf('<', TAG_NAME.lastIndex);
        const next = text.charCodeAt(TAG_NAME.lastIndex);
        // The name must end the tag or be followed by a space or "/": "<br/>", "<p class=...>", not "<5yrs>".
        const named = next === 62 || next === 47 || next === 32 || next === 10 || next === 9 || next === 13;
        if (named && gt !== Number.POSITIVE_INFINITY && (lt < 0 || gt < lt)) {
          end = gt + 1;
          const tag = name[1]!.toLowerCase();
          const closing = name[0].charCodeAt(0) === 47;
          if (BLOCK_TAGS.has(tag)) kind = tag === 'li' && !closing ? 'item' : 'block';
          else if (!FORMAT_TAGS.has(tag)) kind = 'space';
        }
      }
    }
    if (end < 0) {
      at = text.indexOf('<', at + 1);
      continue;
    }
    if (!started) started = !blank(text, copied, at);
    // Before the first words a break would only make an empty first line (the title is read from the first),
    // and right after an <li> it would part the bullet from its item.
    if (
      (kind === 'block' || kind === 'item') &&
      (!started || (bulletOpenAt >= 0 && blank(text, bulletOpenAt, at)))
    )
      kind = 'nothing';
    const length = end - at;
    edits.at.push(at);
    edits.length.push(length);
    edits.with.push(kind === 'item' ? '\n- ' : kind === 'block' ? '\n' : kind === 'space' ? ' ' : '');
    parts.push(
      text.slice(copied, at),
      kind === 'block' || kind === 'item' ? `\n${spaces(length - 1)}` : spaces(length),
    );
    if (kind === 'item') bulletOpenAt = end;
    else if (bulletOpenAt >= 0 && !blank(text, bulletOpenAt, at)) bulletOpenAt = -1;
    else if (bulletOpenAt >= 0) bulletOpenAt = end;
    copied = end;
    at = text.indexOf('<', end);
  }
  parts.push(text.slice(copied));
  return { edits, blanked: parts.join('') };
}

const EMPHASIS_MARK = /[*_]/g;

const isBlankCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127;

/**
 * Markdown emphasis, to read as nothing: runs of "*" or "_" that open or close a word ("**Requirements**",
 * "*this*", "__that__"), in order. A "* " bullet and a lone "*" between spaces stay, and so does "snake_case".
 */
export function emphasisRuns(text: string): Edits {
  const edits = noEdits();
  if (text.indexOf('*') < 0 && text.indexOf('__') < 0) return edits;
  const n = text.length;
  EMPHASIS_MARK.lastIndex = 0;
  while (EMPHASIS_MARK.test(text)) {
    const at = EMPHASIS_MARK.lastIndex - 1;
    const c = text.charCodeAt(at);
    let run = at + 1;
    while (run < n && text.charCodeAt(run) === c) run++;
    // A single "*" opens before a word or closes after one; a double run may also close after punctuation
    // ("**Lead:** the team"), not stand between spaces or inside a word. A single "_" is part of a name.
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = run < n ? text.charCodeAt(run) : 32;
    const emphasis =
      run - at >= 2
        ? !(isWordCode(before) && isWordCode(after)) && !(isBlankCode(before) && isBlankCode(after))
        : c === 42 && isWordCode(after) !== isWordCode(before);
    if (emphasis) {
      edits.at.push(at);
      edits.length.push(run - at);
      edits.with.push('');
    }
    EMPHASIS_MARK.lastIndex = run;
  }
  return edits;
}
