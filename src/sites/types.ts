// The one interface every site adapter implements; the registry lists them all.

export interface Posting {
  /** Stable key for this posting: canonical job URL or `<site>:<job id>`. */
  key: string;
  title: string;
  company?: string;
  location?: string;
  /** The description as plain text, paragraphs and list items on their own lines. */
  text: string;
  /** The description element(s) in the page, so the panel can highlight inside them. */
  elements: Element[];
  /** True when the page itself cut the description short (and the full text is not in the page). */
  truncated?: boolean;
  /** True when the text was capped at the extractor's size limit. */
  capped?: boolean;
  /** Where the text came from: 'generic' when the site's adapter found nothing and the generic reader did. */
  source: 'json-ld' | 'markup' | 'generic';
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** URLs this adapter handles, used by the registry test. */
  exampleUrls: string[];
  /** The content-script match patterns of the pages where this site shows postings; manifest.json lists exactly
   * these (a unit test holds them equal). */
  matchPatterns: readonly string[];
  /** Whether this adapter reads the page at `url` (a page within its match patterns). */
  matches(url: URL): boolean;
  /** Whether `url` names one posting, so a page where the adapter reads nothing is worth a generic reading. */
  isPostingUrl(url: URL): boolean;
  /** The posting on this page, or null when there is none (yet). Never throws. */
  extract(doc: Document, url: URL): Posting | null;
  /** For pages that show many postings at once (Hacker News threads). */
  listItems?(doc: Document, url: URL): Posting[];
}
