// The shared recipe most adapters follow: JSON-LD first (or markup first on SPAs), then the page markup.
import { firstMatch, firstText, pageTitle } from './dom';
import { type JobPostingLd, jobPostingLd } from './json-ld';
import { capCompany, capKey, capTitle, elementsText, htmlToText } from './text';
import type { Posting } from './types';

export interface PostingSelectors {
  /** Where the posting sits (e.g. the right-hand pane); selectors below are searched inside it. */
  root?: readonly string[];
  title: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  description: readonly string[];
  /** Read every element the first matching description selector finds (postings split in sections). */
  allSections?: boolean;
  /** Parts inside the description that are not the posting (apply buttons, "similar jobs"). */
  exclude?: readonly string[];
  /** Present only when the page itself cut the description short. */
  truncatedMarker?: readonly string[];
}

export interface ExtractSpec {
  key: string;
  selectors: PostingSelectors;
  /** 'markup' on single-page apps, where JSON-LD describes the first posting loaded, not the shown one. */
  prefer?: 'json-ld' | 'markup';
  /** Whether JSON-LD may be used at all on this page. */
  jsonLd?: boolean;
  /** Fallbacks when neither JSON-LD nor markup names them (e.g. company from the URL). */
  company?: string;
  location?: string;
}

// A description shorter than this is a teaser or a loading placeholder, not the posting.
const MIN_DESCRIPTION_CHARS = 40;

function fromJsonLd(doc: Document, spec: ExtractSpec, ld: JobPostingLd, root: ParentNode): Posting | null {
  const { text, capped } = htmlToText(ld.descriptionHtml ?? '', doc);
  if (text.length < MIN_DESCRIPTION_CHARS) return null;
  const described = firstMatch(root, spec.selectors.description);
  return {
    key: capKey(spec.key),
    title: capTitle(ld.title ?? firstText(root, spec.selectors.title) ?? pageTitle(doc) ?? ''),
    company: capCompany(ld.company ?? firstText(root, spec.selectors.company ?? []) ?? spec.company),
    location: ld.location ?? firstText(root, spec.selectors.location ?? []) ?? spec.location,
    text,
    elements: described ? [described] : [],
    ...(capped ? { capped } : {}),
    source: 'json-ld',
  };
}

function descriptionElements(root: ParentNode, selectors: PostingSelectors): Element[] {
  if (!selectors.allSections) {
    const el = firstMatch(root, selectors.description);
    return el ? [el] : [];
  }
  for (const selector of selectors.description) {
    const all = Array.from(root.querySelectorAll(selector));
    if (all.length > 0) return all;
  }
  return [];
}

function fromMarkup(doc: Document, spec: ExtractSpec, root: ParentNode): Posting | null {
  const described = descriptionElements(root, spec.selectors);
  if (described.length === 0) return null;
  const { text, capped } = elementsText(described, undefined, spec.selectors.exclude?.join(', '));
  if (text.length < MIN_DESCRIPTION_CHARS) return null;
  const truncated = !!spec.selectors.truncatedMarker && !!firstMatch(root, spec.selectors.truncatedMarker);
  return {
    key: capKey(spec.key),
    title: capTitle(firstText(root, spec.selectors.title) ?? pageTitle(doc) ?? ''),
    company: capCompany(firstText(root, spec.selectors.company ?? []) ?? spec.company),
    location: firstText(root, spec.selectors.location ?? []) ?? spec.location,
    text,
    elements: described,
    ...(truncated ? { truncated } : {}),
    ...(capped ? { capped } : {}),
    source: 'markup',
  };
}

/** The posting on a page by the shared recipe; null when there is none (yet). */
export function extractPosting(doc: Document, spec: ExtractSpec): Posting | null {
  const root = (spec.selectors.root && firstMatch(doc, spec.selectors.root)) || doc;
  const ld = spec.jsonLd === false ? null : jobPostingLd(doc);
  if (spec.prefer === 'markup') {
    return fromMarkup(doc, spec, root) ?? (ld ? fromJsonLd(doc, spec, ld, root) : null);
  }
  return (ld ? fromJsonLd(doc, spec, ld, root) : null) ?? fromMarkup(doc, spec, root);
}

/** Key for a page with no stable id: origin and path, no query or hash. */
export function urlKey(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
