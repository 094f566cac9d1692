import { z } from "zod";

/** The parts of a JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) the guard reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
}

/** What a caller may send for a zod schema, as JSON Schema (easier to walk than zod's internals). */
export function inputJsonSchema(schema: z.ZodType | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
}

/** The schema's own alternatives flattened (anyOf/oneOf), nulls dropped. */
export function alternatives(schema: JsonSchema): JsonSchema[] {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.flatMap(alternatives).filter((option) => option.type !== "null");
  if (schema.allOf?.length) return [Object.assign({}, ...schema.allOf.flatMap(alternatives)) as JsonSchema];
  return [schema];
}

/** The main JSON type a schema expects ("string", "integer", "object"…), or undefined for anything. */
export function primaryType(schema: JsonSchema): string | undefined {
  const first = alternatives(schema)[0] ?? schema;
  if (first.const !== undefined) return typeof first.const === "number" ? "number" : typeof first.const;
  if (first.enum) return "enum";
  const type = Array.isArray(first.type) ? first.type.find((t) => t !== "null") : first.type;
  return type;
}
