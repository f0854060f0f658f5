// The plain-text report `npm run eval` prints.
import { SHAPE_LABELS } from '../../src/classifier';
import { PREDICTED_SHAPES, READER_SHAPES, type Report } from './eval-metrics';

const pct = (x: number | null): string => (x === null ? '  -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatEval(title: string, report: Report, showMisreads: boolean): string {
  const out: string[] = [];
  out.push(title);
  out.push(`  scored: ${report.scored} postings both readers label alike`);
  out.push(`  agreement: ${pct(report.agreement)}`);
  out.push('  per shape:       precision  recall  (readers)');
  for (const s of READER_SHAPES) {
    const p = report.perShape[s]!;
    out.push(`    ${SHAPE_LABELS[s].padEnd(22)} ${pct(p.precision)}  ${pct(p.recall)}  (${p.support})`);
  }
  out.push(`  confusion (rows: readers; columns: RoleLens)`);
  out.push(`    ${''.padEnd(8)}${PREDICTED_SHAPES.map((s) => s.padStart(8)).join('')}`);
  for (const t of READER_SHAPES)
    out.push(
      `    ${t.padEnd(8)}${PREDICTED_SHAPES.map((s) => String(report.confusion[t]![s]).padStart(8)).join('')}`,
    );
  out.push(
    `  CTO <-> VP-Eng flips: ${report.flips.length}${report.flips.length ? ` (${report.flips.join(', ')})` : ''}`,
  );
  const m = report.mismatches;
  out.push(`  title/body mismatches found: ${m.found} of ${m.marked} (${pct(m.recall).trim()})`);
  if (showMisreads && report.misreads.length > 0) {
    out.push(`  misreads (${report.misreads.length}):`);
    for (const { posting, verdict } of report.misreads) {
      const readers = posting.shares.length
        ? ` readers ~${Math.round((posting.shares.reduce((a, b) => a + b, 0) / posting.shares.length) * 100)}%`
        : '';
      out.push(
        `    ${posting.file}  readers ${posting.label} -> ${verdict.shape}  share ${Math.round(verdict.externalShare * 100)}%${readers}  conf ${verdict.confidence.toFixed(2)}  title: ${posting.title ?? verdict.titleText ?? '(none)'} [${verdict.titleShape}]`,
      );
      const top = [...verdict.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 4);
      if (top.length)
        out.push(
          `      ${top.map((e) => `${e.weight < 0 ? '-' : '+'}${Math.abs(e.weight).toFixed(1)} ${e.pole === 'external' ? 'ext' : 'int'} "${e.matched.replace(/\s+/g, ' ').slice(0, 40)}"`).join('; ')}`,
        );
    }
  }
  return out.join('\n');
}
