import { z } from "zod";
import { SCOPE_LABELS } from "@/lib/auth/scopes";
import { ApiError, DEFAULT_STATUS } from "./api-error";
import type { CredentialStyle, Dialect } from "./dialect";
import type { Endpoint } from "./endpoint";

type JsonObject = Record<string, unknown>;

/** An OpenAPI 3.1 document for one dialect, built from its endpoint declarations. */
export function openApiDocument(dialect: Dialect, endpoints: readonly Endpoint[], version: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  const schemes = new Map<string, JsonObject>();
  for (const { spec } of endpoints) {
    const styles = spec.auth === "none" ? [] : (spec.credentials ?? dialect.credentials);
    const security = styles.flatMap((style) => {
      const scheme = securityScheme(style);
      if (!scheme) return [];
      schemes.set(scheme.name, scheme.definition);
      return [{ [scheme.name]: [] }];
    });
    const rule = spec.rateLimit ?? dialect.rateLimit;
    const operation: JsonObject = {
      operationId: operationId(spec.method, spec.path),
      summary: spec.summary,
      description: [
        spec.description,
        spec.auth === "platform_admin" ? "Needs the platform admin credential (ADMIN_API_KEY)." : undefined,
        spec.scope ? `Needs the \`${spec.scope}\` scope (${SCOPE_LABELS[spec.scope]}).` : undefined,
        styles.some((s) => s.in === "body") ? "The API key goes in the JSON body as `apiKey`." : undefined,
        `Rate limit: ${rule.points} requests per ${rule.durationSeconds} s per credential.`,
      ]
        .filter(Boolean)
        .join("\n\n"),
      tags: [dialect.name],
      security: security.length > 0 ? security : [],
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      responses: responses(dialect, spec),
    };
    if (spec.body) {
      operation.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(spec.body, "input") } } };
    }
    if (spec.upload) {
      const file = {
        type: "string",
        contentMediaType: "application/octet-stream",
        ...(spec.upload.description ? { description: spec.upload.description } : {}),
      };
      operation.requestBody = {
        required: true,
        content: { "multipart/form-data": { schema: { type: "object", required: [spec.upload.field], properties: { [spec.upload.field]: file } } } },
      };
    }
    const path = (paths[spec.path] ??= {});
    path[spec.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: { title: dialect.title, version, description: dialect.description },
    paths,
    components: {
      securitySchemes: Object.fromEntries(schemes),
      schemas: { Error: jsonSchema(dialect.errorSchema, "output") },
    },
  };
}

function responses(dialect: Dialect, spec: Endpoint["spec"]): JsonObject {
  const success: JsonObject = {
    description: "Success",
    content: {
      [spec.contentType ?? "application/json"]: { schema: jsonSchema(spec.response, "output") },
      ...Object.fromEntries((spec.alternativeContent ?? []).map((type) => [type, { schema: { type: "string" } }])),
    },
  };
  const errorKinds = ["bad_request", "unauthorized", "forbidden", "not_found", "validation", "payload_too_large", "rate_limited"] as const;
  // Each dialect decides the status of each failure; ask it rather than assume.
  const errors: JsonObject = {};
  for (const kind of errorKinds) {
    if (kind === "unauthorized" && spec.auth === "none") continue;
    if (kind === "forbidden" && !spec.scope) continue;
    if ((kind === "validation" || kind === "payload_too_large") && !spec.body && !spec.upload) continue;
    if (kind === "not_found" && !spec.params) continue;
    const status = dialect.renderError(new ApiError(kind, kind), { requestId: "req_0", timestamp: new Date(0).toISOString() }).status;
    errors[String(status)] ??= { description: describe(kind, status), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  }
  if (spec.conflict) {
    const status = dialect.renderError(new ApiError("conflict", spec.conflict), { requestId: "req_0", timestamp: new Date(0).toISOString() }).status;
    errors[String(status)] ??= { description: spec.conflict, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  }
  return { [String(spec.status ?? 200)]: success, ...errors };
}

function describe(kind: string, status: number): string {
  return status === DEFAULT_STATUS.rate_limited ? "Rate limit exceeded (see Retry-After)" : kind.replace(/_/g, " ");
}

function parameters(schema: z.ZodType | undefined, location: "path" | "query"): JsonObject[] {
  if (!schema) return [];
  const object = jsonSchema(schema, "input");
  const properties = (object.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || required.has(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const document = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonObject;
  delete document.$schema;
  return document;
}

function securityScheme(style: CredentialStyle): { name: string; definition: JsonObject } | null {
  switch (style.in) {
    case "bearer":
      return style.jwt
        ? {
            name: "bearerJwt",
            definition: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "RS256 JWT (kid names a registered key) or an API key" },
          }
        : { name: "bearerApiKey", definition: { type: "http", scheme: "bearer", description: "API key" } };
    case "header":
      return { name: `header_${style.name}`, definition: { type: "apiKey", in: "header", name: style.name } };
    case "query":
      return { name: `query_${style.name}`, definition: { type: "apiKey", in: "query", name: style.name } };
    case "body":
      return null; // OpenAPI has no body credential; described in the operation text and body schema.
  }
}

function operationId(method: string, path: string): string {
  const words = path
    .replace(/[{}]/g, "")
    .split(/[/\-_.]/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1)));
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}
