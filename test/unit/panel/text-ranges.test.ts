// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findRange, foldText, indexText } from '../../../src/panel/text-ranges';

function posting(html: string): Element {
  const el = document.createElement('div');
  // Test-only markup we wrote ourselves, never page text.
  el.innerHTML = html;
  return el;
}

describe('finding evidence in the page text', () => {
  it('finds a phrase split across inline elements and keeps the page nodes as they were', () => {
    const el = posting('<p>You will <b>own the technical</b> vision for the platform.</p>');
    const before = el.outerHTML;
    const found = findRange(indexText([el]), 'technical vision');
    expect(found?.range.toString()).toBe('technical vision');
    expect(el.outerHTML).toBe(before);
  });

  it('matches across curly quotes, dashes, case and non-breaking spaces', () => {
    const el = posting('<p>Build\u00a0a world\u2011class team; you\u2019ll Hire managers.</p>');
    const index = indexText([el]);
    expect(findRange(index, 'world-class team')?.range.toString()).toBe('world\u2011class team');
    expect(findRange(index, "you'll hire managers")?.range.toString()).toBe('you\u2019ll Hire managers');
  });

  it('does not run words of separate list items together', () => {
    const el = posting('<ul><li>hiring</li><li>managers of managers</li></ul>');
    const index = indexText([el]);
    expect(findRange(index, 'hiringmanagers')).toBeNull();
    expect(findRange(index, 'hiring managers')?.range.toString()).toBe('hiringmanagers');
  });

  it('finds the next occurrence after a cursor, then wraps around', () => {
    const el = posting('<p>hiring now. more hiring later.</p>');
    const index = indexText([el]);
    const first = findRange(index, 'hiring');
    const second = findRange(index, 'hiring', first?.end);
    expect(second?.range.startOffset).toBe(17);
    expect(findRange(index, 'hiring now', 25)?.range.startOffset).toBe(0);
  });

  it('skips script and style text', () => {
    const el = posting('<style>.board{}</style><p>Report to the board.</p>');
    const found = findRange(indexText([el]), 'board');
    expect(found?.range.startContainer.parentElement?.tagName).toBe('P');
  });

  it('folds text the same way on both sides', () => {
    expect(foldText('  Managers\u00a0of \u201cManagers\u201d ')).toBe('managers of "managers"');
  });
});

describe('indexing a huge posting', () => {
  it('stops at the cap, so a 5 MB description costs no more than the text that was classified', () => {
    const el = posting(`<p>${'word '.repeat(2000)}</p><p>tail phrase</p>`);
    const index = indexText([el], 1000);
    expect(index.folded.length).toBeLessThan(1000 + 'word '.length * 2000);
    expect(findRange(index, 'tail phrase')).toBeNull();
    expect(findRange(indexText([el]), 'tail phrase')).not.toBeNull();
  });
});
