// Postings in an HTML file, read in Node the way the content script reads a live page.
import { Window } from 'happy-dom';
import { urlKey } from '../../src/sites/extract';
import { genericAdapter } from '../../src/sites/generic';
import { adapterFor, onSiteOutsideJobs } from '../../src/sites/registry';
import { capTitle, elementsText, inlineText } from '../../src/sites/text';
import type { Posting } from '../../src/sites/types';
import { buildDocument } from './parse-html';

/** A document for the HTML as served at `url`, in Node: scripts, styles and frames never load. */
export function parsePage(html: string, url: string): { doc: Document; close(): void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = window.document as unknown as Document;
  buildDocument(doc, html);
  return { doc, close: () => void window.happyDOM.abort() };
}

/**
 * Every posting in `html` as served at `url`, read as the content script reads the settled page: the site's list
 * items, or its one posting; on a posting URL its adapter cannot read, the generic reader's (marked 'generic');
 * on a supported site's page that is no job page (a LinkedIn post), none; elsewhere the generic reader's.
 */
export function postingsFromHtml(html: string, url: string): Posting[] {
  const pageUrl = new URL(url);
  if (onSiteOutsideJobs(pageUrl)) return [];
  const { doc, close } = parsePage(html, url);
  try {
    const adapter = adapterFor(pageUrl) ?? genericAdapter;
    if (adapter.listItems) return adapter.listItems(doc, pageUrl);
    const posting = adapter.extract(doc, pageUrl);
    if (posting) return [posting];
    if (adapter === genericAdapter || !adapter.isPostingUrl(pageUrl)) return [];
    const generic = genericAdapter.extract(doc, pageUrl);
    return generic ? [{ ...generic, source: 'generic' }] : [];
  } finally {
    close();
  }
}

/**
 * A saved page with no address, as `rolelens FOLDER` meets it: the generic reader's posting, or when it finds none
 * (a short page, an unusual layout), the whole body's text under the page's h1 or <title>.
 */
export function postingsFromSavedPage(html: string, fileUrl: string): Posting[] {
  const found = postingsFromHtml(html, fileUrl);
  if (found.length > 0) return found;
  const { doc, close } = parsePage(html, fileUrl);
  try {
    const { text, capped } = elementsText(doc.body ? [doc.body] : []);
    if (text.trim() === '') return [];
    const title = inlineText(doc.querySelector('h1')) || doc.title.trim();
    return [
      {
        key: urlKey(new URL(fileUrl)),
        title: capTitle(title),
        text,
        elements: doc.body ? [doc.body] : [],
        source: 'markup',
        ...(capped ? { capped: true } : {}),
      },
    ];
  } finally {
    close();
  }
}
