/**
 * CSV as spreadsheets expect it (RFC 4180): comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, quote, CR or LF, quotes doubled, formulas neutralised. The UTF-8 byte-order mark makes
 * Excel read Chinese correctly instead of guessing a legacy code page.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/**
 * A text cell starting with = + - @ (or a tab or CR) would run as a formula in a spreadsheet
 * (CSV injection); a leading apostrophe makes it plain text. Numbers are numbers: -2 stays -2.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
