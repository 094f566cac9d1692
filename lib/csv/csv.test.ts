import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { batchStream, csvCell, csvRow, csvStream } from "./csv-writer";
import { matchHeaders, normalizeHeader, rowRecord } from "./header-matcher";

describe("csv writer", () => {
  it("quotes per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2024-01-15T10:00:00Z"))).toBe("2024-01-15T10:00:00.000Z");
    expect(csvCell("Zoë 東京")).toBe("Zoë 東京");
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe('"\'\rcmd"');
    expect(csvCell(-5)).toBe("-5");
  });

  it("round-trips any text through a CSV parser (neutralised cells keep their text after the apostrophe)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "x"));
        const text = table.map((r) => csvRow(r)).join("");
        const parsed = Papa.parse<string[]>(text, { newline: "\r\n", delimiter: "," }).data.filter((r) => !(r.length === 1 && r[0] === ""));
        const expected = table.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        // A record of one empty cell is an empty line, which parsers skip: compare only non-empty records.
        expect(parsed).toEqual(expected.filter((r) => !(r.length === 1 && r[0] === "")));
      }),
      { numRuns: 200 },
    );
  });

  it("streams a header then the rows, pulled from the source", async () => {
    async function* pages() {
      yield [{ a: "1" }, { a: "=2" }];
      yield [{ a: "3" }];
    }
    const text = await new Response(csvStream(["a"], pages(), (r) => [r.a])).text();
    expect(text).toBe("a\r\n1\r\n'=2\r\n3\r\n");
  });

  it("reads a batch only when the client asks for it, one chunk per batch, skipping empty batches", async () => {
    const asked: number[] = [];
    async function* batches() {
      for (let i = 1; i <= 3; i++) {
        asked.push(i);
        yield i === 2 ? [] : [i, i * 10];
      }
    }
    const reader = batchStream(batches(), (batch) => batch.join(";"), { head: "[", tail: "]" }).getReader();
    const decoder = new TextDecoder();
    const read = async () => {
      const { done, value } = await reader.read();
      return done ? null : decoder.decode(value);
    };
    expect(asked).toEqual([]);
    expect(await read()).toBe("[");
    expect(asked).toEqual([]);
    expect(await read()).toBe("1;10");
    expect(asked).toEqual([1]);
    expect(await read()).toBe("3;30");
    expect(asked).toEqual([1, 2, 3]);
    expect(await read()).toBe("]");
    expect(await read()).toBeNull();
  });
});

describe("header matcher", () => {
  const fields = [
    { key: "firstName", aliases: ["first name", "given name", "forename"] },
    { key: "lastName", aliases: ["last name", "surname"] },
    { key: "email", aliases: ["e-mail", "email address"] },
    { key: "name", aliases: ["full name"] },
  ] as const;

  it("normalises case, spaces, punctuation, accents and a BOM", () => {
    expect(normalizeHeader(" First Name ")).toBe("firstname");
    expect(normalizeHeader("first_name")).toBe("firstname");
    expect(normalizeHeader("\uFEFFE-Mail")).toBe("email");
    expect(normalizeHeader("Téléphone")).toBe("telephone");
  });

  it("maps columns to fields, reporting unknown and repeated headers", () => {
    const match = matchHeaders(["First Name", "SURNAME", "E-mail", "Shoe size", "email", ""], fields);
    expect(match.columns).toEqual(["firstName", "lastName", "email", null, null, null]);
    expect(match.unmatched).toEqual(["Shoe size"]);
    expect(match.duplicates).toEqual(["email"]);
    expect(rowRecord(["Ada", " Lovelace ", "", "44"], match.columns)).toEqual({ firstName: "Ada", lastName: "Lovelace" });
  });
});
