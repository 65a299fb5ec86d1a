// DuckDB's CSV reader errors in the user's terms (found by the sweep: a
// cell of 10 MB of Chinese text was refused as "CSV 无法读取：Invalid Input
// Error: CSV Error on Line: 4", DuckDB's own first line, in English).
import { describe, expect, it } from 'vitest';
import { message } from '../../src/domain/messages/codes';
import { csvReaderProblem } from '../../src/engine/formats/csvError';

const said = (cause: string): string =>
  `Invalid Input Error: CSV Error on Line: 4\nOriginal Line: 150100,呼和浩特市,city,150000,2\n${cause}\n\nPossible Solution: …\n  file = x.csv`;

describe('csvReaderProblem', () => {
  it('says an unpaired quote, a line it cannot read, and a line too long in words', () => {
    expect(csvReaderProblem(said('Value with unterminated quote found.'))).toEqual(message('csv.unterminated_quote'));
    expect(csvReaderProblem(said('Invalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.'))).toEqual(message('csv.bad_line'));
    expect(csvReaderProblem(said('Maximum line size of 2097152 bytes exceeded. Actual Size:3145728 bytes.'))).toEqual(message('csv.bad_line'));
  });

  it('gives the column counts of a row that has too many or too few', () => {
    expect(csvReaderProblem('Invalid Input Error: CSV Error on Line: 5\nExpected Number of Columns: 7 Found: 8')).toEqual(message('csv.columns', { header: '7', found: '8' }));
  });

  it('keeps DuckDB\'s cause (not its first line) for anything else', () => {
    expect(csvReaderProblem(said('Something new went wrong.'))).toEqual(message('csv.unreadable', { reason: 'Something new went wrong.' }));
    expect(csvReaderProblem('IO Error: No files found')).toEqual(message('csv.unreadable', { reason: 'IO Error: No files found' }));
  });
});
