/** True for Prisma's unique-constraint error (P2002), e.g. two requests racing to insert the same email. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
