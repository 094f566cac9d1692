/**
 * Endpoints anyone may call without a credential. Deliberately a list kept by
 * hand: declaring `auth: "none"` is not enough, the endpoint must be named here
 * too (the guard fails on any public endpoint missing from this list, and on
 * any name here that is not public), so opening an endpoint is a choice made
 * twice and seen in review.
 */
export const PUBLIC_ENDPOINTS: readonly string[] = [
  // Load balancers and both seeds' monitors probe it without a key.
  "GET /health",
];
