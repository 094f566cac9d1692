import type { FieldError } from "../errors";

/** Cell readers shared by the lead and customer row parsers: each records a FieldError instead of throwing. */
export class RowReader {
  readonly errors: FieldError[] = [];

  constructor(private readonly record: Partial<Record<string, string>>) {}

  text(field: string, max = 1000): string | undefined {
    const value = this.record[field];
    if (value === undefined) return undefined;
    if (value.length > max) {
      this.errors.push({ field, message: `Longer than ${max} characters` });
      return undefined;
    }
    return value;
  }

  email(field: string): string | undefined {
    const value = this.record[field];
    if (value === undefined) return undefined;
    // Same acceptance as the API's z.email(): one @, a dot in the domain, no spaces.
    if (value.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      this.errors.push({ field, message: `Not a valid email address: ${value.slice(0, 80)}` });
      return undefined;
    }
    return value.toLowerCase();
  }

  /** Case-insensitive enum ("Website" is "website"). */
  choice<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.record[field];
    if (value === undefined) return undefined;
    const found = allowed.find((option) => option === value.trim().toLowerCase());
    if (!found) this.errors.push({ field, message: `Must be one of ${allowed.join(", ")}` });
    return found;
  }

  integer(field: string, min: number, max: number): number | undefined {
    const value = this.record[field];
    if (value === undefined) return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      this.errors.push({ field, message: `Must be a whole number from ${min} to ${max}` });
      return undefined;
    }
    return number;
  }

  /** A non-negative decimal kept as text (money is never a float). */
  decimal(field: string): string | undefined {
    const value = this.record[field]?.replace(/[,\s]/g, "");
    if (value === undefined) return undefined;
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(value)) {
      this.errors.push({ field, message: "Must be an amount of at least 0 with at most 2 decimals" });
      return undefined;
    }
    return value;
  }

  date(field: string): Date | undefined {
    const value = this.record[field];
    if (value === undefined) return undefined;
    const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) {
      this.errors.push({ field, message: "Must be an ISO 8601 date (2024-01-15 or 2024-01-15T10:00:00Z)" });
      return undefined;
    }
    return date;
  }

  ref(field: string, resolve: (value: string) => string | undefined, what: string): string | undefined {
    const value = this.record[field];
    if (value === undefined) return undefined;
    const id = resolve(value);
    if (!id) this.errors.push({ field, message: `${what} not found: ${value.slice(0, 80)}` });
    return id;
  }

  /** `name`, or "first last" from first/last name columns. */
  name(): string | undefined {
    const first = this.text("firstName", 100);
    const last = this.text("lastName", 100);
    const name = [first, last].filter(Boolean).join(" ") || this.text("name", 200);
    if (!name) this.errors.push({ field: "name", message: "Name is required (a name column, or first and last name columns)" });
    return name;
  }

  required<T>(field: string, value: T | undefined): T | undefined {
    if (value === undefined && this.record[field] === undefined) this.errors.push({ field, message: `${field} is required` });
    return value;
  }
}
