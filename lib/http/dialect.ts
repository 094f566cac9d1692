import type { z } from "zod";
import type { ApiError } from "./api-error";
import type { RateLimitRule } from "./rate-limit";

/** Where a dialect's callers put their credential. */
export type CredentialStyle =
  /** `Authorization: Bearer <key>`; with `jwt`, an RS256 token is accepted too. */
  | { in: "bearer"; jwt?: boolean }
  | { in: "header"; name: string }
  /** A property of the JSON body (the ribbon's POSTs: "apiKey"). */
  | { in: "body"; name: string }
  | { in: "query"; name: string };

export interface ErrorMeta {
  requestId: string;
  timestamp: string;
}

export interface RenderedError {
  status: number;
  body: unknown;
}

/**
 * One seed API: its name, how callers authenticate, its default rate limit
 * and how it renders errors. Endpoints of the dialect share all of it.
 */
export interface Dialect {
  name: "gateway" | "crm" | "dialler" | "ribbon" | "suite";
  title: string;
  description: string;
  credentials: CredentialStyle[];
  rateLimit: RateLimitRule;
  renderError(error: ApiError, meta: ErrorMeta): RenderedError;
  /** The error envelope, for the OpenAPI document. */
  errorSchema: z.ZodType;
}
