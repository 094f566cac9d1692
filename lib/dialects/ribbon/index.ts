import type { Endpoint } from "@/lib/http/endpoint";
import { listAdminClients } from "./admin-clients";
import { getRibbonConfig } from "./config";
import { ribbon as dialect } from "./dialect";

export const ribbon = { dialect, config: getRibbonConfig, adminClients: listAdminClients };
export const ribbonEndpoints: Endpoint[] = [getRibbonConfig, listAdminClients];
