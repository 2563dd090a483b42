/**
 * CSV as spreadsheets expect it (RFC 4180): comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, quote, CR or LF, quotes doubled. The UTF-8 byte-order mark makes
 * Excel read Chinese correctly instead of guessing a legacy code page.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
