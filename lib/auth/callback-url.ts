/**
 * Where to send a person after sign-in: only a place on this origin, as the
 * browser will resolve it. "/\evil.example", "/%09/evil.example" (a tab the
 * URL parser drops) or "//evil.example" start with "/" yet lead elsewhere;
 * resolving against our origin with the same WHATWG parser catches them all.
 * Answers the path, query and hash only (never an absolute URL).
 */
export function safeCallbackPath(callbackUrl: string | null | undefined, origin = "http://relay.invalid"): string {
  if (!callbackUrl) return "/";
  let url: URL;
  try {
    url = new URL(callbackUrl, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
