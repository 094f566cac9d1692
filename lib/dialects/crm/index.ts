import type { Endpoint } from "@/lib/http/endpoint";
import { crmCustomerEndpoints } from "./customer-endpoints";
import { crm as dialect } from "./dialect";
import { crmLeadEndpoints } from "./lead-endpoints";

// Each part of the dialect keeps its own list (lead-endpoints.ts, customer-endpoints.ts);
// adding an endpoint to either puts it in the registry, the OpenAPI document and the guard.
export const crm = { dialect, ...crmLeadEndpoints, ...crmCustomerEndpoints };
export const crmEndpoints: Endpoint[] = [...Object.values(crmLeadEndpoints), ...Object.values(crmCustomerEndpoints)];
