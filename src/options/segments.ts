// Splits a text into plain runs and evidence runs, so it can be shown again with the evidence marked.
import type { Evidence } from '../classifier/types';

export interface Segment {
  text: string;
  hit?: Evidence;
}

/** Plain and marked runs in order; overlapping hits keep the earlier (then longer) one. */
export function segmentText(text: string, evidence: readonly Evidence[]): Segment[] {
  const hits = evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), hit });
    at = hit.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
