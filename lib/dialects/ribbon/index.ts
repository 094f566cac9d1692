import type { Endpoint } from "@/lib/http/endpoint";
import { listAdminClients } from "./admin-clients";
import { getRibbonConfig } from "./config";
import { ribbon as dialect } from "./dialect";
import { initRibbonEndpoint } from "./init";
import { logCall } from "./log-call";

export const ribbon = { dialect, init: initRibbonEndpoint, config: getRibbonConfig, adminClients: listAdminClients, logCall };
export const ribbonEndpoints: Endpoint[] = [initRibbonEndpoint, getRibbonConfig, listAdminClients, logCall];
