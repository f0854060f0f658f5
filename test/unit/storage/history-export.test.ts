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
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('historyToCsv', () => {
  it('writes a header and one CRLF row per entry', () => {
    expect(historyToCsv([base])).toBe(
      'time,site,title,company,shape,externalShare,mismatch,url,key\r\n' +
        '2025-01-02T03:04:05.000Z,lever,CTO,Acme,cto,0.812,,https://jobs.lever.co/acme/abc,lever:abc\r\n',
    );
  });

  it('escapes hostile titles and companies', () => {
    const csv = historyToCsv([
      { ...base, title: '=cmd|"/c calc"!A1', company: 'Smith, "Jones"\n& Co', mismatch: '-x' },
    ]);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(row).toContain('"Smith, ""Jones""\n& Co"');
    expect(row).toContain(",'-x,");
  });

  it('writes only the header for no entries', () => {
    expect(historyToCsv([])).toBe('time,site,title,company,shape,externalShare,mismatch,url,key\r\n');
  });
});

describe('historyToJson', () => {
  it('is marked, pretty and round-trips', () => {
    const json = historyToJson([base]);
    expect(json).toContain('\n  "rolelens": "history"');
    expect(JSON.parse(json)).toEqual({ rolelens: 'history', version: 1, entries: [base] });
  });
});
