import { alternatives, primaryType, type JsonSchema } from "./json-schema";

/** Strings that have broken somebody's system: injections, control and direction characters, odd unicode. */
export const HOSTILE_STRINGS: readonly { label: string; value: string }[] = [
  { label: "NUL byte", value: "guard\u0000nul" },
  { label: "lone NUL", value: "\u0000" },
  { label: "lone high surrogate", value: "guard\ud800" },
  { label: "lone low surrogate", value: "\udfffguard" },
  { label: "RTL override", value: "\u202eguard\u202c.exe" },
  { label: "zero-width and BOM", value: "\u200b\ufeffguard\u200d" },
  { label: "emoji run", value: "😀👩‍👩‍👧‍👦".repeat(40) },
  { label: "combining marks", value: "g\u0301\u0302\u0303\u0304\u0305uard" },
  { label: "SQL injection quote", value: "' OR '1'='1' --" },
  { label: "SQL injection drop", value: 'x"); DROP TABLE "Lead"; --' },
  { label: "SQL LIKE wildcards", value: "%_%\\" },
  { label: "formula =", value: '=HYPERLINK("http://evil.example","x")' },
  { label: "formula +", value: "+cmd|' /C calc'!A0" },
  { label: "formula @", value: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { label: "formula -", value: "-2+3+cmd|' /C calc'!A0" },
  { label: "HTML script", value: "<script>alert(1)</script>" },
  { label: "path traversal", value: "../../../../etc/passwd" },
  { label: "template injection", value: "${jndi:ldap://x}{{7*7}}" },
  { label: "percent-encoded NUL", value: "%00" },
  { label: "blank", value: "   " },
  { label: "empty", value: "" },
  { label: "newlines", value: "guard\r\n\r\nX-Injected: 1" },
  { label: "JSON in a string", value: '{"$gt":""}' },
];

/** Path ids of every wrong form: the other dialects' forms, out of range, hostile. */
export const WRONG_IDS: readonly { label: string; value: string }[] = [
  { label: "word", value: "abc" },
  { label: "negative", value: "-1" },
  { label: "zero", value: "0" },
  { label: "fraction", value: "1.5" },
  { label: "exponent", value: "1e3" },
  { label: "beyond int4", value: "2147483648" },
  { label: "beyond int8", value: "99999999999999999999999" },
  { label: "hex", value: "0x10" },
  { label: "nil uuid", value: "00000000-0000-0000-0000-000000000000" },
  { label: "max uuid", value: "ffffffff-ffff-ffff-ffff-ffffffffffff" },
  { label: "uuid without dashes", value: "0192f1a2b3c47d8e9f0a1b2c3d4e5f60" },
  { label: "gateway lead id", value: "lead_0192f1a2b3c47d8e9f0a1b2c3d4e5f60" },
  { label: "uuid with spaces", value: " 0192f1a2-b3c4-7d8e-9f0a-1b2c3d4e5f60 " },
  { label: "SQL injection", value: "1' OR '1'='1" },
  { label: "NUL", value: "1\u0000" },
  { label: "lone surrogate", value: "\ud800" },
  { label: "very long", value: "9".repeat(5000) },
  { label: "empty", value: "" },
];

export interface BadValue {
  label: string;
  /** `undefined` removes the field. */
  value: unknown;
}

/** Wrong values for one field of a JSON Schema, as JSON values (for bodies). */
export function badValuesFor(schema: JsonSchema, required: boolean): BadValue[] {
  const s = alternatives(schema)[0] ?? schema;
  const type = primaryType(schema);
  const values: BadValue[] = [];
  if (required) values.push({ label: "missing", value: undefined });
  values.push({ label: "null", value: null });
  if (type !== "string" && type !== "enum") values.push({ label: "a string", value: "guard" });
  if (type !== "number" && type !== "integer") values.push({ label: "a number", value: 12345 });
  if (type !== "boolean") values.push({ label: "a boolean", value: true });
  if (type !== "array") values.push({ label: "an array", value: ["a", 1] });
  if (type !== "object") values.push({ label: "an object", value: { $gt: "" } });
  values.push({ label: "nested object", value: nest(40) });
  if (type === "object" || type === undefined) values.push({ label: "deeply nested object", value: DEEP_NESTING });

  if (type === "string" || type === "enum" || type === undefined) {
    const max = s.maxLength ?? 100_000;
    values.push({ label: `over-long (${max + 1})`, value: "g".repeat(Math.min(max + 1, 200_000)) });
    for (const hostile of HOSTILE_STRINGS) values.push(hostile);
    if (s.format === "email") values.push({ label: "not an email", value: "guard@" }, { label: "email with NUL", value: "a\u0000@example.com" });
    if (s.format === "uuid") values.push({ label: "not a uuid", value: "0192f1a2-zzzz" });
  }
  if (type === "enum") {
    const first = String(s.enum?.[0] ?? "x");
    values.push(
      { label: "unknown enum value", value: "__guard_unknown__" },
      { label: "enum value in capitals", value: first.toUpperCase() },
      { label: "enum value padded", value: ` ${first} ` },
    );
  }
  if (type === "number" || type === "integer") {
    if (s.minimum !== undefined) values.push({ label: "below minimum", value: s.minimum - 1 });
    if (s.maximum !== undefined) values.push({ label: "above maximum", value: s.maximum + 1 });
    values.push(
      { label: "negative", value: -1 },
      { label: "fraction", value: 1.5 },
      { label: "huge", value: 1e308 },
      { label: "huge negative", value: -1e308 },
      { label: "beyond int4", value: 2 ** 31 },
      { label: "beyond safe integer", value: 2 ** 53 + 2 },
      { label: "number as text", value: "12" },
      { label: "huge number as text", value: "99999999999999999999999" },
      { label: "NaN as text", value: "NaN" },
      { label: "Infinity as text", value: "Infinity" },
      { label: "exponent overflow as text", value: "1e999" },
    );
  }
  if (type === "boolean") values.push({ label: "boolean as text", value: "yes" }, { label: "boolean as 2", value: 2 });
  return values;
}

/** Wrong values for one query parameter: every value is text on the wire. */
export function badQueryValuesFor(schema: JsonSchema): BadValue[] {
  const type = primaryType(schema);
  const s = alternatives(schema)[0] ?? schema;
  const values: BadValue[] = [
    { label: "empty", value: "" },
    { label: "word", value: "guard" },
    { label: "negative", value: "-1" },
    { label: "zero", value: "0" },
    { label: "fraction", value: "1.5" },
    { label: "huge", value: "99999999999999999999999" },
    { label: "exponent overflow", value: "1e999" },
    { label: "NaN", value: "NaN" },
    { label: "Infinity", value: "-Infinity" },
    { label: "hex", value: "0x10" },
    { label: "over-long", value: "g".repeat((s.maxLength ?? 10_000) + 1) },
    ...HOSTILE_STRINGS,
  ];
  if (s.minimum !== undefined) values.push({ label: "below minimum", value: String(s.minimum - 1) });
  if (s.maximum !== undefined) values.push({ label: "above maximum", value: String(s.maximum + 1) });
  if (type === "enum") values.push({ label: "unknown enum value", value: "__guard_unknown__" });
  return values;
}

/**
 * Stands for `{"a":{"a":…}}` 5 000 levels deep in a JSON value: `send` writes
 * it into the raw body (JSON.stringify of such a value would overflow the stack).
 */
export const DEEP_NESTING = "__guard_deep_nesting__";
export const DEEP_NESTING_JSON = '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000);

/** `{"a":{"a":…}}` `depth` levels deep. */
export function nest(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
