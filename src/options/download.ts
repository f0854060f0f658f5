// Saves text as a file: a Blob behind an object URL, clicked through a temporary <a download>.
export function downloadText(filename: string, text: string, type: string, byteOrderMark = false): void {
  // Excel reads a CSV without a byte order mark in the local code page, which garbles "Zürich" or "São Paulo".
  const url = URL.createObjectURL(new Blob([byteOrderMark ? '\ufeff' : '', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** e.g. rolelens-history-2025-01-31.csv */
export function datedName(stem: string, extension: string, now = new Date()): string {
  return `rolelens-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
