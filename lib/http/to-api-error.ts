import { Conflict, DomainError, Forbidden, LimitExceeded, NotFound, ValidationFailed } from "@/lib/crm/errors";
import { ApiError } from "./api-error";

/**
 * Maps anything thrown below the route to an ApiError. Unknown errors become
 * "internal" with a generic message: details go to the log, never the client.
 */
export function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return fromDomainError(error);
  const facts = databaseFacts(error);
  if (isDatabaseUnavailable(facts)) {
    return new ApiError("unavailable", "The service is temporarily unavailable, please retry");
  }
  if (facts.codes.some((code) => BAD_INPUT_STATES.has(code))) {
    // A backstop: the boundary refuses NUL characters, but a value PostgreSQL cannot store is the caller's fault.
    return new ApiError("bad_request", "The request contains a value the database cannot store (e.g. a NUL character or a malformed id)");
  }
  console.error(`[${requestId}] unhandled error`, error);
  return new ApiError("internal", "Internal server error");
}

function fromDomainError(error: DomainError): ApiError {
  if (error instanceof NotFound) return new ApiError("not_found", error.message);
  if (error instanceof Conflict) return new ApiError("conflict", error.message, error.field ? [{ field: error.field, message: error.message }] : []);
  if (error instanceof ValidationFailed) return new ApiError("validation", error.message, error.fields);
  if (error instanceof LimitExceeded) return new ApiError("limit_exceeded", error.message, [], error.retryAfterSeconds);
  if (error instanceof Forbidden) return new ApiError("forbidden", error.message);
  return new ApiError("internal", "Internal server error");
}

// Prisma's connection-class codes: can't reach (P1001), timed out (P1002, P1008),
// connection closed (P1017), pool timeout (P2024), too many connections (P2037).
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
// Driver-adapter error kinds for the same failures.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// pg's own messages (it throws plain Errors for these): a server that closes, or never answers;
// and Prisma's P2028 "Unable to start a transaction in the given time": the pool's wait timed out.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Server has closed the connection|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|Unable to start a transaction in the given time/i;
// 22021 invalid byte sequence (NUL), 22P05 untranslatable character, 22P02 invalid text representation.
const BAD_INPUT_STATES = new Set(["22021", "22P05", "22P02"]);

interface DatabaseFacts {
  codes: string[];
  kinds: string[];
  messages: string[];
}

/** Codes, adapter error kinds and messages found on the error, its Prisma meta and its causes. */
function databaseFacts(error: unknown): DatabaseFacts {
  const facts: DatabaseFacts = { codes: [], kinds: [], messages: [] };
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || seen.has(value) || depth > 6) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) if (typeof record[key] === "string") facts.codes.push(record[key]);
    if (typeof record.kind === "string") facts.kinds.push(record.kind);
    if (typeof record.message === "string") facts.messages.push(record.message);
    const meta = record.meta as { driverAdapterError?: unknown } | undefined;
    visit(meta?.driverAdapterError, depth + 1);
    visit(record.cause, depth + 1);
  };
  visit(error, 0);
  return facts;
}

// Connection-level failures (server down, closing, silent, pool exhausted, shutting down) are a 503, not a 500.
function isDatabaseUnavailable({ codes, kinds, messages }: DatabaseFacts): boolean {
  return (
    codes.some((code) => UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_SOCKET.has(code) || /^(08[0-9A-Z]{3}|53[0-9A-Z]{3}|57P[0-9A-Z]{2})$/.test(code)) ||
    kinds.some((kind) => UNAVAILABLE_KINDS.has(kind)) ||
    messages.some((message) => UNAVAILABLE_MESSAGE.test(message))
  );
}
