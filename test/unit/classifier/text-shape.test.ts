// Text shape must not change the verdict: the same posting as plain lines, HTML, one long line, CRLF or markdown
// reads the same. The corpus part reads the real postings in ../shared/corpus at run time and writes nothing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LabelledPosting, readCorpus } from '../../../scripts/lib/corpus';
import { classify, type Verdict } from '../../../src/classifier';
import { readHtml } from '../../../src/classifier/markup';
import { normalizePosting } from '../../../src/classifier/normalize';
import { headingKind } from '../../../src/classifier/sections';
import { INLINE_HEADINGS } from '../../../src/classifier/sentences';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

// Tags that end a line, as a browser shows them: how the plain-lines form is read from an HTML posting.
const BLOCK_TAG = /<\/?(?:p|br|div|ul|ol|h[1-6]|tr|table|section|article|blockquote|li)(?:\s[^<>]*)?\/?>/gi;
const LIST_ITEM = /<li(?:\s[^<>]*)?>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const LOOKS_HTML = /<(?:p|br|li|div|ul|ol|h[1-6])(?:\s[^<>]*)?\/?>/i;

/** The posting as plain lines: HTML turned into lines, CRLF into LF, blank lines and extra spaces gone. */
function plainLines(text: string): string[] {
  let t = text.replace(/\r\n?/g, '\n');
  if (LOOKS_HTML.test(t)) t = t.replace(LIST_ITEM, '\n- ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, ' ');
  return t
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

const BULLET = /^(?:[-*+\u2022]|\d{1,2}[.)]) +/;

/** A short line with no sentence end, not a bullet: written as a heading in the HTML and markdown forms. */
function isHeading(line: string): boolean {
  return !BULLET.test(line) && line.length <= 60 && line.split(' ').length <= 6 && !/[.!?,;]$/.test(line);
}

/** Text made safe inside HTML: a bare "&", "<" and ">" escaped; entities already there kept. */
const escapeHtml = (s: string): string =>
  s
    .replace(/&(?![#a-zA-Z0-9]{2,8};)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function asHtml(lines: readonly string[]): string {
  const out: string[] = [];
  let inList = false;
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    if (bullet && !inList) out.push('<ul>');
    if (!bullet && inList) out.push('</ul>');
    inList = bullet !== null;
    if (bullet) out.push(`<li>${escapeHtml(line.slice(bullet[0].length))}</li>`);
    else if (isHeading(line)) out.push(`<p><strong>${escapeHtml(line)}</strong></p>`);
    else out.push(`<p>${escapeHtml(line)}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('');
}

function asMarkdown(lines: readonly string[]): string {
  return lines
    .map((line) => {
      const bullet = BULLET.exec(line);
      if (bullet) {
        // "- **Lead-in:** the rest" where the item has a short lead-in.
        const item = line.slice(bullet[0].length);
        const colon = item.indexOf(': ');
        return colon > 0 && colon < 40
          ? `- **${item.slice(0, colon)}:**${item.slice(colon + 1)}`
          : `- ${item}`;
      }
      if (isHeading(line)) return `## ${line}`;
      // The first three words bold, as a paragraph's lead-in.
      const words = line.split(' ');
      return words.length > 4 ? `**${words.slice(0, 3).join(' ')}** ${words.slice(3).join(' ')}` : line;
    })
    .join('\n\n');
}

const SHAPES: ReadonlyArray<readonly [string, (lines: readonly string[]) => string]> = [
  ['HTML', asHtml],
  ['one long line', (lines) => lines.join(' ')],
  ['CRLF', (lines) => lines.join('\r\n')],
  ['markdown', asMarkdown],
];

function read(posting: LabelledPosting, text: string): Verdict {
  return classify({ ...(posting.title ? { title: posting.title } : {}), text });
}

function loadCorpus(): LabelledPosting[] {
  if (!existsSync(CORPUS))
    throw new Error(`text-shape test: no corpus at ${CORPUS} (expected ../shared/corpus beside the clone)`);
  return readCorpus(CORPUS);
}

describe('the real corpus in five shapes', () => {
  const corpus = loadCorpus();
  const forms = corpus.map((posting) => {
    const lines = plainLines(posting.text);
    return { posting, lines, shape: read(posting, lines.join('\n')).shape };
  });

  it.each(SHAPES)('%s gives the shape plain lines give, on at least 98% of postings', (name, make) => {
    const offenders: string[] = [];
    for (const { posting, lines, shape } of forms) {
      const other = read(posting, make(lines)).shape;
      if (other !== shape) offenders.push(`${posting.file}: plain lines ${shape}, ${name} ${other}`);
    }
    const same = 1 - offenders.length / forms.length;
    expect(
      same,
      `${name}: ${offenders.length} of ${forms.length} differ:\n${offenders.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.98);
  });
});

/** Every piece of evidence indexes the text it came from. */
function expectExactOffsets(text: string, verdict: Verdict): void {
  expect(verdict.evidence.length).toBeGreaterThan(0);
  for (const e of verdict.evidence) {
    expect(text.slice(e.start, e.end)).toBe(e.matched);
  }
}

// Made-up postings: the shapes of real ones, our own words.
const DUTIES = [
  'Northwind Freight is hiring a VP of Engineering for its routing platform.',
  'You will hire and grow engineering managers across four teams.',
  'You will run delivery and own the engineering budget and headcount plan.',
  'You will run performance reviews and coach the managers who report to you.',
];

describe('shapes of made-up postings', () => {
  it('keeps the duty evidence of a one-line posting with a benefits sentence in it', () => {
    const benefits = 'We offer a competitive salary, dental cover, 401k matching and paid time off.';
    const oneLine = [...DUTIES, benefits].join(' ');
    const lines = [...DUTIES, benefits].join('\n');
    const a = classify({ title: 'VP of Engineering', text: oneLine });
    const b = classify({ title: 'VP of Engineering', text: lines });
    expect(a.shape).toBe('vpeng');
    expect(a.evidence.map((e) => e.matched)).toEqual(b.evidence.map((e) => e.matched));
    // Nothing from the benefits sentence counts.
    const benefitsAt = oneLine.indexOf(benefits);
    expect(a.evidence.every((e) => e.start < benefitsAt)).toBe(true);
  });

  it('reads an inline heading in a one-line posting as a heading', () => {
    const text =
      'Harbor Analytics makes tools for port logistics. Responsibilities Hire and grow engineering managers Own the engineering budget and headcount Run delivery across the platform teams Benefits Health insurance Unlimited PTO Hiring bonus for referrals';
    const v = classify({ title: 'Director of Engineering', text });
    const sections = new Set(v.evidence.map((e) => e.section));
    expect([...sections]).toEqual(['duties']);
    // The benefits part weighs nothing: "Hiring" there is no evidence.
    expect(v.evidence.some((e) => e.start > text.indexOf('Benefits'))).toBe(false);
  });

  it('counts HTML <li> items as duty bullets', () => {
    const html = `<p>Northwind Freight is hiring an engineering leader for its routing platform.</p><ul>${[
      'Hire and grow engineering managers across four teams',
      'Run delivery and own the engineering budget and headcount plan',
      'Run performance reviews and coach the managers who report to you',
      'Set the architecture of the routing platform and pick its technology',
    ]
      .map((item) => `<li><p>${item}</p></li>`)
      .join('')}</ul>`;
    const v = classify({ title: 'Head of Engineering', text: html });
    expect(v.duties?.total).toBe(4);
    expect(v.duties?.internal).toBeGreaterThanOrEqual(3);
    expect(v.duties?.external).toBe(1);
  });

  it('keeps offsets exact on HTML input with entities and tags', () => {
    const html =
      '<div><h2>What you&#x27;ll do</h2><p>Hire &amp; grow <b>engineering managers</b> and own the <a href="https://example.com/?a=1&amp;b=2">engineering budget</a>.</p><br/><p>Run delivery &mdash; and set the technical vision &gt; roadmap.</p></div>';
    const v = classify({ title: 'VP Engineering', text: html });
    expectExactOffsets(html, v);
    expect(v.evidence.every((e) => e.section === 'duties')).toBe(true);
  });

  it('keeps offsets exact on CRLF input', () => {
    const crlf = [
      'Responsibilities',
      ...DUTIES.map((d) => `- ${d}`),
      '',
      'Benefits',
      '- Health insurance',
    ].join('\r\n');
    const v = classify({ title: 'VP of Engineering', text: crlf });
    expectExactOffsets(crlf, v);
    const lf = classify({ title: 'VP of Engineering', text: crlf.replace(/\r\n/g, '\n') });
    const read = (x: Verdict) => x.evidence.map((e) => [e.matched, e.section, e.weight]);
    expect(read(v)).toEqual(read(lf));
    expect(v.shape).toBe(lf.shape);
  });
});

describe('markup is read only where the text plainly is markup', () => {
  it('leaves a plain posting that mentions "<5 engineers" as it is', () => {
    const text = 'We are a team of <5 engineers and >3 designers, growing to 12 by spring.';
    expect(readHtml(text)).toBeNull();
    expect(normalizePosting(text).text).toBe(text.toLowerCase());
  });

  it('reads tags and emphasis as a page shows them', () => {
    const read = (text: string) => normalizePosting(text).text;
    expect(read('<p>We are <b>looking</b> for</p><ul><li><p>Lead the team</p></li></ul>')).toBe(
      'we are looking for\n\n\n- lead the team\n\n\n',
    );
    expect(read('**Acme** is *looking* for a __VP__; 2 * 3 and snake_case stay.')).toBe(
      'acme is looking for a vp; 2 * 3 and snake_case stay.',
    );
  });

  it('knows the section of every inline heading', () => {
    for (const group of INLINE_HEADINGS)
      for (const phrase of group.phrases) {
        // The simplest wording each phrase allows: its first alternatives, optional parts left out.
        const plain = phrase
          .replace(/\(\?:([^()|]*)[^()]*\)\?/g, '')
          .replace(/\(\?:([^()|]*)[^()]*\)/g, '$1')
          .replace(/\[([^\]])[^\]]*\]/g, '$1')
          .replace(/\?/g, '')
          .trim();
        expect(headingKind(plain), `${phrase} -> "${plain}"`).toBeDefined();
      }
  });
});
