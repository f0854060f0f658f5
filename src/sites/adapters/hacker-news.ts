// Hacker News "Who is hiring" threads: every top-level comment is its own posting.
import { matchesAnyPattern } from '../match-pattern';
import { capCompany, capKey, capTitle, elementsText } from '../text';
import type { Posting, SiteAdapter } from '../types';

const COMMENT_ROW = 'tr.athing.comtr';
const INDENT_CELL = 'td.ind';
const COMMENT_TEXT = ['.commtext'];
const EXCLUDE = '.reply';
// Older markup gives depth only as the spacer image's width, 40px per level.
const INDENT_PX = 40;
const PATTERNS = ['*://news.ycombinator.com/item*'];

function depthOf(row: Element): number {
  const cell = row.querySelector(INDENT_CELL);
  const attr = cell?.getAttribute('indent');
  if (attr != null && attr !== '') return Number(attr) || 0;
  const width = Number(cell?.querySelector('img')?.getAttribute('width') ?? 0);
  return Math.round(width / INDENT_PX);
}

function commentElement(row: Element): Element | null {
  for (const selector of COMMENT_TEXT) {
    const el = row.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** "Acme | VP Engineering | Remote (US) | Full-time" → company and a location-looking part. */
function headerParts(firstLine: string): { company?: string; location?: string } {
  const parts = firstLine
    .split(/\s+[|•·–—]\s+|\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return {};
  const location = parts
    .slice(1)
    .find((p) => /remote|onsite|on-site|hybrid|,\s*[A-Z]{2}\b|\bUSA?\b|\bUK\b|\bEU\b/i.test(p));
  return { company: parts[0], location };
}

function listItems(doc: Document): Posting[] {
  const postings: Posting[] = [];
  for (const row of Array.from(doc.querySelectorAll(COMMENT_ROW))) {
    if (depthOf(row) !== 0) continue; // replies are conversation, not postings
    const body = commentElement(row);
    if (!body || !row.id) continue; // [dead] and [deleted] comments have no text
    const { text, capped } = elementsText([body], undefined, EXCLUDE);
    if (!text) continue;
    const firstLine = text.split('\n')[0]!;
    const title = capTitle(firstLine);
    const { company, location } = headerParts(firstLine);
    postings.push({
      key: capKey(`hn:${row.id}`),
      title,
      ...(company ? { company: capCompany(company) } : {}),
      ...(location ? { location } : {}),
      text,
      elements: [body],
      ...(capped ? { capped } : {}),
      source: 'markup',
    });
  }
  return postings;
}

export const hackerNewsAdapter: SiteAdapter = {
  id: 'hacker-news',
  name: 'Hacker News',
  exampleUrls: ['https://news.ycombinator.com/item?id=41709301'],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS) && url.pathname === '/item',
  // A thread is many postings, each badged; there is no one posting to read generically.
  isPostingUrl: () => false,
  // A thread holds many postings, read through listItems; there is no single posting on the page.
  extract: () => null,
  listItems: (doc) => listItems(doc),
};
