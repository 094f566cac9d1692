import type { Endpoint } from "@/lib/http/endpoint";
import { suiteBusinessEndpoints } from "./business-endpoints";
import { suite as dialect } from "./dialect";
import { suiteWebhookEndpoints } from "./webhook-endpoints";

// Each part keeps its own list (business-endpoints.ts, webhook-endpoints.ts); adding an
// endpoint to either puts it in the registry, the OpenAPI document and the guard.
export const suite = { dialect, ...suiteBusinessEndpoints, ...suiteWebhookEndpoints };
export const suiteEndpoints: Endpoint[] = [...Object.values(suiteBusinessEndpoints), ...Object.values(suiteWebhookEndpoints)];
