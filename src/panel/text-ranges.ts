// Finds evidence phrases in the page's own text nodes, so highlights land on the words the reader sees.
import { BLOCK_TAGS } from '../sites/text';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Folds one character the way both sides are compared: case, quotes, dashes and spaces. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code <= 32 ? ' ' : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000) return ' ';
  if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032) return "'";
  if ((code >= 0x201c && code <= 0x201f) || code === 0x2033) return '"';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trim();
}

export interface TextIndex {
  folded: string;
  /** For each folded character: its text node and offset. */
  nodes: Text[];
  nodeOf: number[];
  offsetOf: number[];
}

function blockOf(node: Node, root: Element): Node {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/** Evidence lies within the extracted text, which is capped; indexing far past that cap would only cost time. */
export const INDEX_CAP = 300_000;

export function indexText(roots: Element[], cap = INDEX_CAP): TextIndex {
  const index: TextIndex = { folded: '', nodes: [], nodeOf: [], offsetOf: [] };
  const chars: string[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, {
      acceptNode: (n) => (SKIP_TAGS.has(n.parentElement?.tagName ?? '') ? 2 : 1),
    });
    let lastBlock: Node | null = null;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (chars.length >= cap) break;
      const block = blockOf(node, root);
      const n = index.nodes.push(node) - 1;
      // A block boundary reads as a space, so words in separate list items do not run together.
      if (lastBlock && block !== lastBlock && chars.length && chars[chars.length - 1] !== ' ') {
        chars.push(' ');
        index.nodeOf.push(n);
        index.offsetOf.push(0);
      }
      lastBlock = block;
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const f = foldChar(data[i] as string);
        if (f === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
        chars.push(f);
        index.nodeOf.push(n);
        index.offsetOf.push(i);
      }
    }
  }
  index.folded = chars.join('');
  return index;
}

/** A range over the first occurrence of the phrase at or after `from` (folded offset), and where it ends. */
export function findRange(index: TextIndex, phrase: string, from = 0): { range: Range; end: number } | null {
  const needle = foldText(phrase);
  if (!needle) return null;
  let at = index.folded.indexOf(needle, from);
  if (at < 0 && from > 0) at = index.folded.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const startNode = index.nodes[index.nodeOf[at] as number] as Text;
  const endNode = index.nodes[index.nodeOf[last] as number] as Text;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[at] as number);
  range.setEnd(endNode, Math.min((index.offsetOf[last] as number) + 1, endNode.data.length));
  return { range, end: last + 1 };
}
