import type { Endpoint } from "@/lib/http/endpoint";
import { listRibbonActiveCalls } from "./active-calls";
import { getAdminAnalytics } from "./admin-analytics";
import { listAdminClients } from "./admin-clients";
import { getRibbonAnalytics } from "./analytics";
import { getRibbonDetailedAnalytics } from "./analytics-detailed";
import { listRibbonCallLogs } from "./call-logs";
import { getRibbonConfig } from "./config";
import { listRibbonCustomerCalls } from "./customer-calls";
import { ribbon as dialect } from "./dialect";
import { exportRibbonCalls } from "./export-calls";
import { getRibbonCustomer } from "./get-customer";
import { initRibbonEndpoint } from "./init";
import { logCall } from "./log-call";
import { saveRibbonCustomer } from "./save-customer";

export const ribbon = {
  dialect,
  init: initRibbonEndpoint,
  config: getRibbonConfig,
  adminClients: listAdminClients,
  logCall,
  analytics: getRibbonAnalytics,
  callLogs: listRibbonCallLogs,
  activeCalls: listRibbonActiveCalls,
  detailedAnalytics: getRibbonDetailedAnalytics,
  exportCalls: exportRibbonCalls,
  saveCustomer: saveRibbonCustomer,
  getCustomer: getRibbonCustomer,
  customerCalls: listRibbonCustomerCalls,
  adminAnalytics: getAdminAnalytics,
};
export const ribbonEndpoints: Endpoint[] = [
  initRibbonEndpoint,
  getRibbonConfig,
  listAdminClients,
  logCall,
  getRibbonAnalytics,
  listRibbonCallLogs,
  listRibbonActiveCalls,
  getRibbonDetailedAnalytics,
  exportRibbonCalls,
  saveRibbonCustomer,
  getRibbonCustomer,
  listRibbonCustomerCalls,
  getAdminAnalytics,
];
