import type { Endpoint } from "@/lib/http/endpoint";
import { crm as dialect } from "./dialect";
import { getCrmLead } from "./get-lead";
import { listCrmLeads } from "./list-leads";

export const crm = { dialect, listLeads: listCrmLeads, getLead: getCrmLead };
export const crmEndpoints: Endpoint[] = [listCrmLeads, getCrmLead];
