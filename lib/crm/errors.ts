/**
 * Errors the domain names. Each dialect renders them in its own envelope and
 * status code; nothing in lib/crm knows about HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: "not_found" | "conflict" | "validation" | "limit_exceeded" | "forbidden";
}

/** A missing row, or one of another tenant: the two are indistinguishable. */
export class NotFound extends DomainError {
  readonly kind = "not_found" as const;
  constructor(
    readonly entity: string,
    message = `${entity} not found`,
  ) {
    super(message);
  }
}

export class Conflict extends DomainError {
  readonly kind = "conflict" as const;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface FieldError {
  field: string;
  message: string;
}

export class ValidationFailed extends DomainError {
  readonly kind = "validation" as const;
  constructor(
    readonly fields: FieldError[],
    message = fields[0]?.message ?? "Invalid input",
  ) {
    super(message);
  }
}

/** A plan limit (e.g. monthly calls) is used up. */
export class LimitExceeded extends DomainError {
  readonly kind = "limit_exceeded" as const;
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly kind = "forbidden" as const;
}
