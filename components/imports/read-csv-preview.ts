import Papa from "papaparse";

export interface CsvPreview {
  headers: string[];
  /** The first data rows (the header excluded). */
  rows: string[][];
}

export const PREVIEW_ROWS = 5;

/**
 * The header and first rows of a CSV file, read in the browser (papaparse
 * stops after `preview` rows, so a large file is not read whole). Only for
 * the mapping step: the server parses the file again as it imports it.
 */
export function readCsvPreview(file: File): Promise<CsvPreview> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file, {
      preview: PREVIEW_ROWS + 1,
      skipEmptyLines: "greedy",
      delimitersToGuess: [",", ";", "\t", "|"],
      complete: (result) => {
        const [headers, ...rows] = result.data;
        if (!headers || headers.every((h) => !h.trim())) reject(new Error("The file is empty: expected a header row then one row per record."));
        else resolve({ headers: headers.map((h) => h.replace(/^\uFEFF/, "")), rows });
      },
      error: (error) => reject(error),
    });
  });
}
