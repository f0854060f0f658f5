// Extension match patterns ("*://*.indeed.com/viewjob*") read as the browser reads them, so the registry claims
// exactly the pages the manifest injects into. Globs are matched piece by piece with indexOf: no regular expression.

interface Pattern {
  /** Host, or the domain after "*." (which also matches the domain itself). */
  host: string;
  anySubdomain: boolean;
  /** The path-and-query glob split at each "*". */
  pathPieces: string[];
}

function parse(pattern: string): Pattern {
  const rest = pattern.slice(pattern.indexOf('://') + 3);
  const slash = rest.indexOf('/');
  const host = rest.slice(0, slash);
  const anySubdomain = host.startsWith('*.');
  return {
    host: anySubdomain ? host.slice(2) : host,
    anySubdomain,
    pathPieces: rest.slice(slash).split('*'),
  };
}

function hostMatches(p: Pattern, hostname: string): boolean {
  if (p.host === '*') return true;
  return hostname === p.host || (p.anySubdomain && hostname.endsWith(`.${p.host}`));
}

/** A glob with "*" only: the first piece anchors at the start, the last at the end, the rest in order between. */
function globMatches(pieces: readonly string[], text: string): boolean {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last))
    return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

const cache = new Map<string, Pattern>();
function compiled(pattern: string): Pattern {
  let p = cache.get(pattern);
  if (!p) {
    p = parse(pattern);
    cache.set(pattern, p);
  }
  return p;
}

/** Whether a URL is one the pattern would inject into (path and query, as browsers match them). */
export function matchesPattern(url: URL, pattern: string): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const p = compiled(pattern);
  return hostMatches(p, url.hostname) && globMatches(p.pathPieces, `${url.pathname}${url.search}`);
}

export function matchesAnyPattern(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesPattern(url, pattern));
}

/** Whether the URL's host is one the patterns name, whatever its path. */
export function hostInPatterns(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => hostMatches(compiled(pattern), url.hostname));
}
