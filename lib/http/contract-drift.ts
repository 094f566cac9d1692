// A test run installs a collector here (lib/testing/setup-env.ts) and fails any
// test during which an endpoint answered outside its declared response schema.
// Without a collector (dev server, production) nothing is kept.
const store = globalThis as typeof globalThis & { __crmContractDrifts?: string[] };

/** Records a response that broke its endpoint's declared schema (the endpoint still answers 500). */
export function reportContractDrift(endpoint: string, detail: string): void {
  store.__crmContractDrifts?.push(`${endpoint}: ${detail}`);
}

/** Starts collecting drifts in this process (tests only). */
export function collectContractDrifts(): void {
  store.__crmContractDrifts ??= [];
}

/** The drifts collected since the last call, emptied. */
export function takeContractDrifts(): string[] {
  const drifts = store.__crmContractDrifts ?? [];
  if (store.__crmContractDrifts) store.__crmContractDrifts = [];
  return drifts;
}
