import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/storage/history-entry';
import { csvField, historyToCsv, historyToJson } from '../../../src/storage/history-export';

const base: HistoryEntry = {
  key: 'lever:abc',
  time: Date.UTC(2025, 0, 2, 3, 4, 5),
  site: 'lever',
  title: 'CTO',
  company: 'Acme',
  url: 'https://jobs.lever.co/acme/abc',
  shape: 'cto',
  externalShare: 0.81234,
  mismatch: null,
};

describe('csvField', () => {
  it.each([
    ['plain', '"plain"'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['  =cmd', `"'  =cmd"`],
    ["CTO;=cmd|' /C calc'!A0", `"CTO;'=cmd|' /C calc'!A0"`],
    ['a|@x', `"a|'@x"`],
    ['a\t+x', `"a\t'+x"`],
    ['a, -x', `"a, '-x"`],
    ['line\n=x', `"line\n'=x"`],
    ['a=b', '"a=b"'],
    ['', '""'],
  ])('%j -> %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  // Reads one quoted RFC 4180 field back.
  const unquote = (field: string) => field.slice(1, -1).replace(/""/g, '"');
  const FORMULA = /^[=+\-@]/;
  const text = fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '|', '\r', '\n', ' ', '"', "'", 'a', 'b', '1'),
    maxLength: 60,
  });

  it('leaves no cell starting with a formula, whichever separator a spreadsheet splits on', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(';', ',', '\t', '|', '\n', '\r'), (value, separator) => {
        const field = csvField(value);
        expect(field.startsWith('"') && field.endsWith('"')).toBe(true);
        const cells = unquote(field).split(separator);
        for (const cell of cells) expect(cell.trimStart()).not.toMatch(FORMULA);
        expect(cells[0]).not.toMatch(/^[\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing but adding quote marks', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(unquote(csvField(value)).replaceAll("'", '')).toBe(value.replaceAll("'", ''));
      }),
    );
  });
});

describe('historyToCsv', () => {
  it('writes a header and one CRLF row per entry', () => {
    expect(historyToCsv([base])).toBe(
      '"time","site","title","company","shape","externalShare","mismatch","url","key"\r\n' +
        '"2025-01-02T03:04:05.000Z","lever","CTO","Acme","cto","0.812","","https://jobs.lever.co/acme/abc","lever:abc"\r\n',
    );
  });

  it('escapes hostile titles and companies', () => {
    const csv = historyToCsv([
      { ...base, title: '=cmd|"/c calc"!A1', company: 'Smith, "Jones"\n& Co', mismatch: '-x' },
    ]);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(row).toContain('"Smith, ""Jones""\n& Co"');
    expect(row).toContain(`,"'-x",`);
  });

  it('writes only the header for no entries', () => {
    expect(historyToCsv([])).toBe(
      '"time","site","title","company","shape","externalShare","mismatch","url","key"\r\n',
    );
  });
});

describe('historyToJson', () => {
  it('is marked, pretty and round-trips', () => {
    const json = historyToJson([base]);
    expect(json).toContain('\n  "rolelens": "history"');
    expect(JSON.parse(json)).toEqual({ rolelens: 'history', version: 1, entries: [base] });
  });
});
