// The readable report `npm run classify` prints: verdict, shares, mismatch, context, and the top evidence with
// the reason for each.
import { SHAPE_LABELS, TITLE_SHAPE_LABELS, type Verdict } from '../../src/classifier';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A readable, plain-text report of one verdict; `name` is the file or id it came from. */
export function formatReport(name: string, v: Verdict, topN = 8): string {
  const lines: string[] = [];
  lines.push(name);
  lines.push(`  ${SHAPE_LABELS[v.shape]}  (confidence ${v.confidence.toFixed(2)})`);
  lines.push(`  ${v.summary}`);
  if (v.titleText || v.titleShape !== 'unknown')
    lines.push(`  Title: ${v.titleText ?? '(none)'} -> ${TITLE_SHAPE_LABELS[v.titleShape]}`);
  if (v.shape !== 'unknown')
    lines.push(
      `  External ${pct(v.externalShare)} / internal ${pct(1 - v.externalShare)}  (weights ${v.external.toFixed(1)} / ${v.internal.toFixed(1)})`,
    );
  if (v.duties)
    lines.push(
      `  Duty lines: ${v.duties.external} external, ${v.duties.internal} internal, of ${v.duties.total}`,
    );
  if (v.mismatch) lines.push(`  Mismatch: ${v.mismatch.text}`);
  for (const c of v.context) lines.push(`  Note: ${c.text}`);
  const top = [...v.evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start)
    .slice(0, topN);
  if (top.length > 0) {
    lines.push('  Top evidence:');
    for (const e of top) {
      const sign = e.negated ? `negated by "${e.negatedBy ?? 'a cue'}"` : e.section;
      const quoted = e.matched.replace(/\s+/g, ' ');
      lines.push(
        `    ${e.weight >= 0 ? '+' : '-'}${Math.abs(e.weight).toFixed(2)} ${e.pole.padEnd(8)} "${quoted}" (${e.categoryLabel}; ${sign}) ${e.reason}`,
      );
    }
  }
  return lines.join('\n');
}
