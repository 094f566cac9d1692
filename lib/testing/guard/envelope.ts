import type { GuardReply } from "./send";
import type { GuardedEndpoint } from "./registry";

// Traces of a leaked exception: V8 stack frames, file paths of the app, Prisma's own wording.
const LEAK_PATTERNS: readonly RegExp[] = [
  /\n\s+at\s+\S/,
  /\bat (?:async )?[\w.<>]+ \(/,
  /node_modules/,
  /\/(?:lib|app|work)\/[\w./-]+\.[cm]?[jt]sx?/,
  /\.next\/server/,
  /Prisma(?:Client)?(?:Known|Unknown)?RequestError|Invalid `prisma\./,
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError): /,
];

/** Why a body looks like a leaked exception, or null. */
export function leakedInternals(text: string): string | null {
  const hit = LEAK_PATTERNS.find((pattern) => pattern.test(text));
  return hit ? `body matches ${hit}` : null;
}

/**
 * Problems with an error answer: it must be JSON in the endpoint's dialect
 * envelope (`dialect.errorSchema`) and leak nothing. Empty when it is fine.
 */
export function envelopeProblems(target: GuardedEndpoint, reply: GuardReply): string[] {
  const problems: string[] = [];
  if (reply.json === undefined) problems.push(`body is not JSON: ${reply.text.slice(0, 200)}`);
  else {
    const parsed = target.dialect.errorSchema.safeParse(reply.json);
    if (!parsed.success) problems.push(`body is not a ${target.dialect.name} error envelope: ${reply.text.slice(0, 300)}`);
  }
  const leak = leakedInternals(reply.text);
  if (leak) problems.push(`${leak}: ${reply.text.slice(0, 300)}`);
  return problems;
}

/** The JSON's shape with the values blanked: strings "s", numbers 0, so two answers compare by form. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, shapeOf(inner)]),
    );
  if (typeof value === "string") return "s";
  if (typeof value === "number") return 0;
  return value;
}
