// Markup to lines: blocks and bullets on their own lines, headings kept, whitespace collapsed, text capped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementsText, htmlToText, textHash } from '../../../src/sites/text';
import { parsePage } from './fixtures';

function body(html: string): Element {
  return parsePage(`<html><body>${html}</body></html>`, 'https://example.com/').body;
}

describe('elementsText', () => {
  it('puts blocks, headings and bullets on their own lines', () => {
    const el = body(`<h2>What you'll do:</h2><p>Lead   the
      team.</p><ul><li>Hire <b>managers</b></li><li>Own delivery</li></ul>Line one<br>Line two`);
    expect(elementsText([el]).text).toBe(
      "What you'll do:\nLead the team.\n• Hire managers\n• Own delivery\nLine one\nLine two",
    );
  });

  it('skips scripts, styles, buttons, forms and excluded parts', () => {
    const el = body(
      '<p>Keep</p><script>var x=1</script><style>p{}</style><button>Show more</button><form>Name</form><div class="apply">Apply now</div>',
    );
    expect(elementsText([el], undefined, '.apply').text).toBe('Keep');
  });

  it('caps the text and says so', () => {
    const el = body(`<p>${'word '.repeat(1000)}</p><p>${'more '.repeat(1000)}</p>`);
    const result = elementsText([el], 1000);
    expect(result.capped).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(1000);
    expect(elementsText([el]).capped).toBe(false);
  });

  it('never emits blank lines or runs of spaces', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('<p>', '</p>', '<li>', '<br>', ' ', '\n', 'a', '&nbsp;', '<div>', '</div>'),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = elementsText([body(parts.join(''))]).text;
          expect(text).not.toMatch(/\n\n| {2}|^\s|\s$/);
        },
      ),
    );
  });
});

describe('htmlToText', () => {
  const owner = parsePage('<html><body></body></html>', 'https://example.com/');

  it('decodes entities and keeps breaks', () => {
    const { text } = htmlToText('<p>R&amp;D &mdash; lead</p><ul><li>One</li><li>Two</li></ul>', owner);
    expect(text).toBe('R&D — lead\n• One\n• Two');
  });

  it('reads entity-escaped HTML as markup, not as tags in the text', () => {
    expect(htmlToText('&lt;p&gt;First&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;', owner).text).toBe('First\nSecond');
  });

  it('does not run what it parses', () => {
    const { text } = htmlToText(
      '<img src=x onerror="globalThis.__pwned=1"><p>Safe</p><script>globalThis.__pwned=1</script>',
      owner,
    );
    expect(text).toBe('Safe');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('textHash', () => {
  it('is stable and sensitive to changes', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
  });
});
