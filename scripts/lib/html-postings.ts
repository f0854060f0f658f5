// Postings in an HTML file, read in Node the way the content script reads a live page.
import { Window } from 'happy-dom';
import { genericAdapter } from '../../src/sites/generic';
import { adapterFor } from '../../src/sites/registry';
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

/** Every posting in `html` as served at `url`: the site's list items, or its one posting, or none. */
export function postingsFromHtml(html: string, url: string): Posting[] {
  const { doc, close } = parsePage(html, url);
  try {
    const pageUrl = new URL(url);
    const adapter = adapterFor(pageUrl) ?? genericAdapter;
    if (adapter.listItems) {
      const items = adapter.listItems(doc, pageUrl);
      if (items.length > 0) return items;
    }
    const posting = adapter.extract(doc, pageUrl);
    if (posting) return [posting];
    // A hiring site's page that its adapter cannot read may still carry a posting the generic reader finds.
    const generic = adapter === genericAdapter ? null : genericAdapter.extract(doc, pageUrl);
    return generic ? [generic] : [];
  } finally {
    close();
  }
}
