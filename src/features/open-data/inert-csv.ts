import { stringify } from 'csv-stringify/sync';
import { partedText, type PartedText } from '../../shared/parted-text';

/**
 * CSV that a spreadsheet opens as text. Captures are hostile input, and a cell beginning with "=", "+", "-", "@",
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, so a title such as
 * =HYPERLINK(…) would open live. Such a cell gets a leading apostrophe, as OWASP recommends against CSV injection
 * (https://owasp.org/www-community/attacks/CSV_Injection); the apostrophe stays in the cell's value.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** What the data page tells readers about the escaping. */
export const FORMULA_ESCAPE_NOTE =
  "A value that begins with =, +, -, @, a tab or a carriage return has an apostrophe put before it, so that no spreadsheet runs it as a formula: a title “-30 degrees” reads “'-30 degrees”.";

/** A cell as written: numbers as they are (a negative one is text too once escaped), text escaped when needed. */
export function inertCell(value: string | number): string {
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 with CR LF line ends: a field is quoted when it holds a comma, a quote, a CR or an LF (csv-stringify
 * quotes on its own only for the record delimiter, CR LF, so a bare LF or CR is named here). A row a part, after
 * the header row.
 */
export function inertCsv<T>(
  header: readonly string[],
  items: readonly T[],
  row: (item: T) => readonly (string | number)[],
): PartedText {
  const options = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
  const headerRow = stringify([header.map(inertCell)], options);
  return partedText(items, (item) => stringify([row(item).map(inertCell)], options), { head: headerRow });
}
