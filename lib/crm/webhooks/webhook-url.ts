import { OutboundRefused, privateUrlsAllowed, resolveAllowedAddresses, urlHost } from "@/lib/security/outbound-url";
import { ValidationFailed } from "../errors";

/**
 * An absolute http(s) URL whose host resolves to public addresses only
 * (checked again at every delivery, since DNS answers change). Returns the
 * normalised URL.
 */
export async function checkWebhookUrl(raw: string): Promise<string> {
  const fail = (message: string) => new ValidationFailed([{ field: "url", message }]);
  const text = raw.trim();
  if (!text) throw fail("URL is required");
  if (text.length > 2000) throw fail("URL must be at most 2000 characters");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail("Must be an absolute http or https URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw fail("Must be an absolute http or https URL");
  // With private addresses allowed (tests, local development) there is nothing to check yet.
  if (privateUrlsAllowed()) return url.toString();
  try {
    await resolveAllowedAddresses(urlHost(url));
  } catch (error) {
    if (error instanceof OutboundRefused) throw fail(`Refused: ${error.message}`);
    throw error;
  }
  return url.toString();
}
