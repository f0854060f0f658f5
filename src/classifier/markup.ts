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

/** A hash of a tag name, any case, computed in place: no string is made per tag. */
function nameHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 32)) | 0;
  return h;
}
const hashOf = (name: string): number => nameHash(name, 0, name.length);

// Tags that end a line when the page is shown: each reads as a line break.
const BLOCK_TAGS = new Set(
  'p br div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody tfoot caption section article header footer main aside nav blockquote pre hr figure figcaption form fieldset address details summary title center'
    .split(' ')
    .map(hashOf),
);
const LI = hashOf('li');
// Tags that format words inside a line: nothing at all, so "<b>looking</b> for" reads "looking for". Any other
// tag (a cell, an image) keeps the words on either side apart with a space.
const FORMAT_TAGS = new Set(
  'a b i u s em strong span font small big sup sub code mark abbr cite q tt ins del'.split(' ').map(hashOf),
);

/** True when text[from, to) holds only spaces and line breaks. */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160) return false;
  }
  return true;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameCode = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;

/** The text with each edit's span blanked: a line break then spaces for a break, spaces for the rest. */
function blankedText(text: string, edits: Edits): string {
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  for (let e = 0; e < edits.at.length; e++) {
    const at = edits.at[e]!;
    units.fill(32, at, at + edits.length[e]!);
    if (edits.with[e]!.charCodeAt(0) === 10) units[at] = 10;
  }
  if (utf16) return utf16.decode(units);
  let s = '';
  for (let k = 0; k < units.length; k += 8192)
    s += String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]);
  return s;
}

/**
 * HTML tags read as line breaks, bullets, spaces or nothing, and comments as nothing: the edits, and the text
 * with every tag blanked to spaces and block tags to a line break (same length, for finding sentences and
 * headings in it). null when the text is not HTML.
 */
export function readHtml(text: string): { edits: Edits; blanked: string } | null {
  if (text.indexOf('<') < 0 || !HTML_SIGN.test(text)) return null;
  const edits = noEdits();
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
      const closing = text.charCodeAt(at + 1) === 47;
      const nameStart = closing ? at + 2 : at + 1;
      let nameEnd = nameStart;
      if (isLetter(text.charCodeAt(nameStart))) while (isNameCode(text.charCodeAt(nameEnd))) nameEnd++;
      const next = text.charCodeAt(nameEnd);
      // The name must end the tag or be followed by a space or "/": "<br/>", "<p class=...>", not "<5yrs>".
      const named =
        nameEnd > nameStart &&
        (next === 62 || next === 47 || next === 32 || next === 10 || next === 9 || next === 13);
      if (named) {
        const gt = gtFrom(nameEnd);
        const lt = text.indexOf('<', nameEnd);
        if (gt !== Number.POSITIVE_INFINITY && (lt < 0 || gt < lt)) {
          end = gt + 1;
          const tag = nameHash(text, nameStart, nameEnd);
          if (BLOCK_TAGS.has(tag)) kind = tag === LI && !closing ? 'item' : 'block';
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
    edits.at.push(at);
    edits.length.push(end - at);
    edits.with.push(kind === 'item' ? '\n- ' : kind === 'block' ? '\n' : kind === 'space' ? ' ' : '');
    if (kind === 'item') bulletOpenAt = end;
    else if (bulletOpenAt >= 0 && !blank(text, bulletOpenAt, at)) bulletOpenAt = -1;
    else if (bulletOpenAt >= 0) bulletOpenAt = end;
    copied = end;
    at = text.indexOf('<', end);
  }
  return { edits, blanked: blankedText(text, edits) };
}

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
  // The next "*" and the next "_", each found by indexOf and kept until passed: a search for one rare
  // character is what engines do fastest, faster than a class searched by a regex.
  let star = text.indexOf('*');
  let low = text.indexOf('_');
  for (let from = 0; ; ) {
    if (star >= 0 && star < from) star = text.indexOf('*', from);
    if (low >= 0 && low < from) low = text.indexOf('_', from);
    const at = star < 0 ? low : low < 0 ? star : Math.min(star, low);
    if (at < 0) break;
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
    from = run;
  }
  return edits;
}
