import { ApiError } from "./api-error";

/** Deeper JSON is refused before parsing: nothing we accept nests this far, and deep nesting overflows stacks. */
export const MAX_JSON_DEPTH = 32;

/** Whether the JSON text nests objects/arrays deeper than `max` (a scan, no recursion). */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export function tooDeep(): ApiError {
  return new ApiError("bad_request", `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, [
    { field: "body", message: `Nesting deeper than ${MAX_JSON_DEPTH} levels` },
  ]);
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in the input (a JSON
 * string or key, a query or path parameter) is refused at the boundary with a
 * 400 naming the field, rather than failing in the database.
 */
export function refuseNul(value: unknown, where: string | undefined): void {
  const stack: { value: unknown; path: string }[] = [{ value, path: where ?? "" }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      if (current.includes("\u0000")) throw nulRefused(path);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: join(path, String(index)) }));
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes("\u0000")) throw nulRefused(path);
        stack.push({ value: item, path: join(path, key) });
      }
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function nulRefused(field: string): ApiError {
  const message = "must not contain NUL (U+0000) characters";
  return new ApiError("bad_request", `${field || "input"} ${message}`, [{ field: field || "body", message }]);
}
