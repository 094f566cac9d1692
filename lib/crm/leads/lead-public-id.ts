/**
 * The gateway seed's lead id form ("lead_" + the UUID without dashes), also
 * used in event payloads, which the gateway seed defines.
 */
export function leadPublicId(id: string): string {
  return `lead_${id.replace(/-/g, "")}`;
}

/** The UUID behind "lead_<32 hex>", or null when the text is not one. */
export function parseLeadPublicId(publicId: string): string | null {
  const match = /^lead_([0-9a-f]{32})$/i.exec(publicId);
  if (!match) return null;
  const hex = match[1]!.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
