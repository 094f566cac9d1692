import { z } from "zod";

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOSTNAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);

/**
 * An allowed ribbon domain: a bare host name ("yourcrm.com", "localhost"),
 * lower-cased; it also allows its subdomains. No scheme, port, path or
 * wildcard: init and CORS compare host names only.
 */
export const allowedDomainName = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a domain")
  .regex(HOSTNAME, "Enter a host name like yourcrm.com (no https://, port, path or *)");

export const MAX_ALLOWED_DOMAINS = 50;
