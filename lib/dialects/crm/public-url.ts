/** An absolute link to one of the app's public pages: NEXTAUTH_URL when set (the app's public address), else the request's origin. */
export function publicUrl(requestUrl: URL, path: string): string {
  const base = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") || requestUrl.origin;
  return `${base}${path}`;
}
