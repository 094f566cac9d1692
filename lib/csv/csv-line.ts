/**
 * One CSV line (RFC 4180 quoting, LF ending) as the ribbon seed's export writes it. Text starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so a spreadsheet shows it instead of running it as a
 * formula, except a plain number or phone number (`+919876543210`, `-12.5`, `+1 (555) 010-0000`): the
 * seed's own example shows phone numbers bare, and digits alone cannot call a function.
 */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[\d(). -]+$/;

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
