// DuckDB's CSV reader says what went wrong in English, over several lines:
// "CSV Error on Line: N", the original line, then the cause. The first line
// alone told a reader nothing ("CSV 无法读取：Invalid Input Error: CSV Error
// on Line: 8"); the causes a user's file can have are said in the
// catalogue's words, anything else by DuckDB's cause line.
import { message, type Message } from '../../domain/messages/codes';

export function csvReaderProblem(said: string): Message {
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(said);
  if (columns) return message('csv.columns', { header: columns[1] ?? '', found: columns[2] ?? '' });
  if (/unterminated quote/i.test(said)) return message('csv.unterminated_quote');
  // A character DuckDB cannot read, or a line past its limit (a cell of megabytes): what the user can see is the line.
  if (/Invalid unicode|Maximum line size/i.test(said)) return message('csv.bad_line');
  const lines = said.split('\n').map((l) => l.trim());
  const cause = lines.slice(1).find((l) => l !== '' && !/^(Original Line|Possible (Solution|fixes))/i.test(l));
  const header = lines[0] ?? said;
  return message('csv.unreadable', { reason: /CSV Error on Line/.test(header) && cause ? cause : header });
}
