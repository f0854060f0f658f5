// The page's own light or dark look, read from its background, so the panel matches the page it sits on.

/** 'dark' or 'light' from the page's painted background; null when the page paints none (then the system decides). */
export function pageScheme(doc: Document): 'light' | 'dark' | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = view
      .getComputedStyle(el)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (!rgba || rgba.length < 3 || (rgba.length > 3 && rgba[3] === 0)) continue;
    const [r, g, b] = rgba as [number, number, number];
    // Relative luminance, roughly: below the middle grey reads as a dark page.
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return null;
}
