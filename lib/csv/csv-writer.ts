/**
 * CSV writing, once for every export (API, pages, ribbon): RFC 4180 (comma,
 * CRLF line ends, a field quoted when it holds a quote, comma, CR or LF, with
 * quotes doubled), UTF-8, and spreadsheet formula injection neutralised: a
 * text cell starting with =, +, -, @, tab or CR gets a leading apostrophe, so
 * Excel, LibreOffice and Sheets show it as text instead of evaluating it.
 * Numbers are written as numbers (a negative amount stays -5, not '-5).
 */

export type CsvValue = string | number | bigint | boolean | Date | null | undefined | { toString(): string };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/**
 * A byte stream of a header row then every record the source yields, pulled
 * on demand: nothing is read from the source faster than the client takes it,
 * so memory stays flat whatever the size. Records are grouped into chunks of
 * about `chunkBytes` to keep per-chunk overhead low.
 */
export function csvStream<T>(
  header: readonly string[],
  source: AsyncIterable<T[]>,
  toRow: (item: T) => readonly CsvValue[],
  chunkBytes = 64 * 1024,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = "";
        if (!headerSent) {
          text = csvRow(header);
          headerSent = true;
        }
        while (text.length < chunkBytes) {
          const next = await iterator.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          for (const item of next.value) text += csvRow(toRow(item));
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
