import fc from "fast-check";
import { badQueryValuesFor, badValuesFor, HOSTILE_STRINGS, nest, WRONG_IDS } from "./bad-values";
import { inputJsonSchema, type JsonSchema } from "./json-schema";
import type { GuardedEndpoint } from "./registry";
import { validSample, setAt } from "./sample";
import { isRecord, type GuardRequest } from "./send";

/** One request the guard sends to see it refused (or at least not crash). */
export interface BadCase {
  label: string;
  request: Omit<GuardRequest, "credential">;
}

/** Inputs per endpoint in `npm test`; `GUARD_RUNS=1000` for a deep run by hand. */
export const GUARD_RUNS = Number(process.env.GUARD_RUNS ?? 40);
/** Fixed, so a failure reproduces; `GUARD_SEED` to explore. */
export const GUARD_SEED = Number(process.env.GUARD_SEED ?? 20261125);

export interface Bases {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** Well-formed path params, query and body to mutate one part of at a time. */
export function baseRequest(target: GuardedEndpoint): Bases {
  const { spec } = target;
  const params: Record<string, string> = {};
  const paramSchema = inputJsonSchema(spec.params);
  if (spec.params && paramSchema) {
    const sample = validSample(spec.params, paramSchema).value;
    if (isRecord(sample)) for (const name of target.pathParams) params[name] = String(sample[name] ?? "1");
  }
  const query: Record<string, string> = {};
  const querySchema = inputJsonSchema(spec.query);
  if (spec.query && querySchema) {
    for (const name of querySchema.required ?? []) {
      const sample = validSample(spec.query, querySchema).value;
      if (isRecord(sample) && sample[name] !== undefined) query[name] = String(sample[name]);
    }
  }
  const bodySchema = inputJsonSchema(spec.body);
  const body = spec.body && bodySchema ? validSample(spec.body, bodySchema).value : undefined;
  return { params, query, body };
}

/**
 * The bad requests for one endpoint: every structured mutation (each field ×
 * each kind of wrong value, each wrong id form, broken bodies), then random
 * values from fast-check. The always-run core (broken bodies, missing fields)
 * comes first; the rest is a seeded sample of at most `runs` cases.
 */
export function badCases(target: GuardedEndpoint, runs = GUARD_RUNS, seed = GUARD_SEED): BadCase[] {
  const bases = baseRequest(target);
  const core: BadCase[] = [];
  const structured: BadCase[] = [];
  const { spec } = target;
  const withBody = spec.method !== "GET" && (spec.body !== undefined || target.styles.some((s) => s.in === "body"));

  for (const name of target.pathParams) {
    for (const wrong of WRONG_IDS)
      structured.push({
        label: `path ${name}: ${wrong.label}`,
        request: { params: { ...bases.params, [name]: wrong.value }, query: bases.query, body: bases.body },
      });
  }

  const querySchema = inputJsonSchema(spec.query);
  for (const [name, schema] of Object.entries(querySchema?.properties ?? {})) {
    for (const bad of badQueryValuesFor(schema)) {
      structured.push({
        label: `query ${name}: ${bad.label}`,
        request: { params: bases.params, query: { ...bases.query, [name]: String(bad.value) }, body: bases.body },
      });
    }
    structured.push({
      label: `query ${name}: repeated`,
      request: { params: bases.params, query: [...Object.entries(bases.query), [name, "1"], [name, "guard"]], body: bases.body },
    });
  }
  if (spec.method === "GET") {
    core.push({ label: "query: unknown parameter", request: { params: bases.params, query: { ...bases.query, __guard: "1", "a[b]": "c" } } });
  }

  if (withBody) {
    const base = { params: bases.params, query: bases.query };
    const valid = JSON.stringify(bases.body ?? {});
    core.push(
      { label: "body: empty", request: { ...base, raw: "" } },
      { label: "body: {}", request: { ...base, body: {} } },
      { label: "body: malformed JSON", request: { ...base, raw: '{"name": "guard",' } },
      { label: "body: truncated", request: { ...base, raw: valid.slice(0, Math.max(1, Math.floor(valid.length / 2))) } },
      { label: "body: null", request: { ...base, raw: "null" } },
      { label: "body: an array", request: { ...base, raw: "[1,2,3]" } },
      { label: "body: a string", request: { ...base, raw: '"guard"' } },
      { label: "body: a number", request: { ...base, raw: "1e999" } },
      { label: "body: deeply nested JSON", request: { ...base, raw: "[".repeat(20_000) + "]".repeat(20_000) } },
      { label: "body: deeply nested object", request: { ...base, raw: '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000) } },
      { label: "body: over 1 MB", request: { ...base, raw: JSON.stringify({ pad: "g".repeat(1_100_000) }) } },
      { label: "body: form-encoded", request: { ...base, raw: "name=guard&email=guard%40example.com", contentType: "application/x-www-form-urlencoded" } },
      {
        label: "body: multipart",
        request: {
          ...base,
          raw: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nguard\r\n--x--\r\n',
          contentType: "multipart/form-data; boundary=x",
        },
      },
      { label: "body: NUL byte in raw JSON", request: { ...base, raw: valid.replace(/"$|}$/, ',"nul":"\u0000"}').replace(/^\{,/, "{") } },
      { label: "body: BOM before JSON", request: { ...base, raw: `\ufeff${valid}` } },
      { label: "body: invalid UTF-8", request: { ...base, raw: '{"name":"\udc80\udcff"}' } },
    );
    structured.push(
      { label: "body: valid JSON as text/plain", request: { ...base, body: bases.body, contentType: "text/plain" } },
      {
        label: "body: prototype pollution",
        request: { ...base, raw: JSON.stringify(bases.body ?? {}).replace(/^\{/, '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},') },
      },
      {
        label: "body: unknown fields",
        request: { ...base, body: isRecord(bases.body) ? { ...bases.body, __guard: nest(30), id: "1' OR '1'='1" } : { __guard: 1 } },
      },
    );
    const bodySchema = inputJsonSchema(spec.body);
    for (const [path, schema, required] of fieldsOf(bodySchema)) {
      for (const bad of badValuesFor(schema, required)) {
        const label = `body ${path.join(".")}: ${bad.label}`;
        const body = setAt(bases.body ?? {}, path, bad.value);
        (bad.label === "missing" ? core : structured).push({ label, request: { ...base, body } });
      }
    }
  }

  const rng = mulberry32(seed ^ hash(target.name));
  const sampled = shuffle(structured, rng);
  const cases = [...core, ...sampled].slice(0, Math.max(runs, core.length));
  if (cases.length < runs) cases.push(...randomCases(target, bases, runs - cases.length, seed ^ hash(target.name)));
  return cases;
}

/** Random inputs from fast-check, once the structured ones are used up (deep runs). */
function randomCases(target: GuardedEndpoint, bases: Bases, count: number, seed: number): BadCase[] {
  const { spec } = target;
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc.constantFrom(...HOSTILE_STRINGS.map((h) => h.value)),
  );
  const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), text, fc.integer(), fc.double(), fc.bigInt().map(String));
  const bodyFields = fieldsOf(inputJsonSchema(spec.body)).map(([path]) => path);
  const queryNames = Object.keys(inputJsonSchema(spec.query)?.properties ?? {});
  const withBody = spec.method !== "GET" && (spec.body !== undefined || target.styles.some((s) => s.in === "body"));
  const kinds: fc.Arbitrary<BadCase>[] = [];
  for (const name of target.pathParams) {
    kinds.push(
      text.map((value) => ({ label: `random path ${name}`, request: { params: { ...bases.params, [name]: value }, query: bases.query, body: bases.body } })),
    );
  }
  if (queryNames.length > 0) {
    kinds.push(
      fc.tuple(fc.constantFrom(...queryNames), text).map(([name, value]) => ({
        label: `random query ${name}`,
        request: { params: bases.params, query: { ...bases.query, [name]: value }, body: bases.body },
      })),
    );
  }
  if (withBody) {
    kinds.push(anyJson.map((value) => ({ label: "random body", request: { params: bases.params, query: bases.query, body: value } })));
    if (bodyFields.length > 0) {
      kinds.push(
        fc.tuple(fc.constantFrom(...bodyFields), anyJson).map(([path, value]) => ({
          label: `random body ${path.join(".")}`,
          request: { params: bases.params, query: bases.query, body: setAt(bases.body ?? {}, path, value) },
        })),
      );
      kinds.push(
        fc.dictionary(fc.constantFrom(...bodyFields.map((p) => p.join("."))), anyJson).map((fields) => ({
          label: "random body fields",
          request: {
            params: bases.params,
            query: bases.query,
            body: Object.entries(fields).reduce<unknown>((acc, [key, value]) => setAt(acc, key.split("."), value), bases.body ?? {}),
          },
        })),
      );
    }
  }
  if (kinds.length === 0) {
    kinds.push(fc.dictionary(fc.string({ maxLength: 20 }), text).map((query) => ({ label: "random query", request: { params: bases.params, query } })));
  }
  return fc.sample(fc.oneof(...kinds), { seed, numRuns: count });
}

/** Each property of an object schema (one level of nesting followed), with whether it is required. */
function fieldsOf(schema: JsonSchema | undefined, prefix: string[] = [], depth = 0): [string[], JsonSchema, boolean][] {
  if (!schema?.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).flatMap(([name, property]) => {
    const here: [string[], JsonSchema, boolean] = [[...prefix, name], property, required.has(name)];
    return depth < 1 && property.properties ? [here, ...fieldsOf(property, [...prefix, name], depth + 1)] : [here];
  });
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rng: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
