import type { Endpoint } from "@/lib/http/endpoint";
import { convertCrmLead } from "./convert-lead";
import { createCrmLead } from "./create-lead";
import { deleteCrmLead } from "./delete-lead";
import { crm as dialect } from "./dialect";
import { getCrmLead } from "./get-lead";
import { listCrmLeads } from "./list-leads";
import { updateCrmLead } from "./update-lead";

export const crm = {
  dialect,
  listLeads: listCrmLeads,
  getLead: getCrmLead,
  createLead: createCrmLead,
  updateLead: updateCrmLead,
  deleteLead: deleteCrmLead,
  convertLead: convertCrmLead,
};
export const crmEndpoints: Endpoint[] = [listCrmLeads, getCrmLead, createCrmLead, updateCrmLead, deleteCrmLead, convertCrmLead];
