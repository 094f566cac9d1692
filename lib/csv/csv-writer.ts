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
 * A CSV byte stream: the header row, then one chunk per batch the source
 * yields (see batchStream: pulled, one batch in memory at a time).
 */
export function csvStream<T>(header: readonly string[], source: AsyncIterable<T[]>, toRow: (item: T) => readonly CsvValue[]): ReadableStream<Uint8Array> {
  return batchStream(source, (batch) => batch.map((item) => csvRow(toRow(item))).join(""), { head: csvRow(header) });
}

/**
 * The byte stream of every export (CSV and JSON): `head`, then one Uint8Array
 * per batch of the source (as `format` writes it), then `tail`. Pulled with
 * no read-ahead (highWaterMark 0): a batch is read from the database only when
 * the client has taken the previous one, so a slow client holds the reads
 * back and at most one batch is in memory, whatever the size of the export.
 */
export function batchStream<T>(
  source: AsyncIterable<T[]>,
  format: (batch: T[]) => string,
  edges: { head?: string; tail?: string } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = source[Symbol.asyncIterator]();
  let headSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headSent) {
          headSent = true;
          if (edges.head) return controller.enqueue(encoder.encode(edges.head));
        }
        // Loop past empty batches: each pull must enqueue or close, or the reader waits forever.
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            if (edges.tail) controller.enqueue(encoder.encode(edges.tail));
            return controller.close();
          }
          const text = format(next.value);
          if (text) return controller.enqueue(encoder.encode(text));
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
