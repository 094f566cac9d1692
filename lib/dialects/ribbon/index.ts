import type { Endpoint } from "@/lib/http/endpoint";
import { listAdminClients } from "./admin-clients";
import { getRibbonConfig } from "./config";
import { ribbon as dialect } from "./dialect";
import { initRibbonEndpoint } from "./init";

export const ribbon = { dialect, init: initRibbonEndpoint, config: getRibbonConfig, adminClients: listAdminClients };
export const ribbonEndpoints: Endpoint[] = [initRibbonEndpoint, getRibbonConfig, listAdminClients];
