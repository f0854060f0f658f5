// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageScheme } from '../../../src/content/page-scheme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('the page’s own scheme', () => {
  it('reads a dark page as dark and a light one as light', () => {
    document.body.style.backgroundColor = 'rgb(27, 31, 35)';
    expect(pageScheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(243, 242, 239)';
    expect(pageScheme(document)).toBe('light');
  });

  it('looks past a transparent body to the root element', () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(pageScheme(document)).toBe('dark');
  });

  it('leaves it to the system when the page paints no background', () => {
    expect(pageScheme(document)).toBeNull();
  });
});
