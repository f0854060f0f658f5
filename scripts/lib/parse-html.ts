// HTML to a DOM in Node the way a browser builds it: parse5 (the WHATWG tree-construction algorithm) makes the
// tree, happy-dom holds it and answers querySelector. happy-dom's own parser mis-nests large real pages.
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Parent = DefaultTreeAdapterTypes.ParentNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function isElement(node: P5Node): node is DefaultTreeAdapterTypes.Element {
  return 'tagName' in node;
}

/** One DOM node for one parse5 node (children are appended by the caller's walk). */
function shallowCopy(doc: Document, node: P5Node): Node | null {
  if (node.nodeName === '#text') return doc.createTextNode((node as DefaultTreeAdapterTypes.TextNode).value);
  if (node.nodeName === '#comment')
    return doc.createComment((node as DefaultTreeAdapterTypes.CommentNode).data);
  if (!isElement(node)) return null; // doctype: the document keeps its own
  const el =
    node.namespaceURI === HTML_NS
      ? doc.createElement(node.tagName)
      : doc.createElementNS(node.namespaceURI, node.tagName);
  for (const attr of node.attrs) {
    try {
      if (attr.namespace)
        el.setAttributeNS(attr.namespace, `${attr.prefix ? `${attr.prefix}:` : ''}${attr.name}`, attr.value);
      else el.setAttribute(attr.name, attr.value);
    } catch {
      // A name the DOM rejects (e.g. `"` or `@click`) cannot be queried by a selector anyway.
    }
  }
  return el;
}

/** Copies parse5's tree into `doc`, replacing its children; iterative, since real pages nest thousands deep. */
export function buildDocument(doc: Document, html: string): void {
  const tree = parse(html);
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  // The tree is built detached and attached once: appending into a live document costs far more per node.
  const top: Node[] = [];
  const stack: { from: P5Parent; into: Node | null }[] = [{ from: tree, into: null }];
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const child of from.childNodes) {
      const copy = shallowCopy(doc, child);
      if (!copy) continue;
      if (into) into.appendChild(copy);
      else top.push(copy);
      if (!isElement(child)) continue;
      // A <template>'s children live in its content fragment, as in a browser.
      const content = child.tagName === 'template' ? (copy as HTMLTemplateElement).content : copy;
      const source =
        child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child;
      if (source.childNodes.length > 0) stack.push({ from: source, into: content });
    }
  }
  for (const node of top) doc.appendChild(node);
}
