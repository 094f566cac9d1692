import type { Endpoint } from "@/lib/http/endpoint";
import { convertCrmLead } from "./convert-lead";
import { createCrmLead } from "./create-lead";
import { createCrmCustomerInteraction, deleteCrmCustomerInteraction, listCrmCustomerInteractions, updateCrmCustomerInteraction } from "./customer-interactions";
import { deleteCrmLead } from "./delete-lead";
import { crm as dialect } from "./dialect";
import { getCrmLead } from "./get-lead";
import { createCrmLeadInteraction, deleteCrmLeadInteraction, listCrmLeadInteractions, updateCrmLeadInteraction } from "./lead-interactions";
import { listCrmLeads } from "./list-leads";
import { updateCrmLead } from "./update-lead";

export const crm = {
  dialect,
  // Leads
  listLeads: listCrmLeads,
  getLead: getCrmLead,
  createLead: createCrmLead,
  updateLead: updateCrmLead,
  deleteLead: deleteCrmLead,
  convertLead: convertCrmLead,
  // Interactions
  listLeadInteractions: listCrmLeadInteractions,
  createLeadInteraction: createCrmLeadInteraction,
  updateLeadInteraction: updateCrmLeadInteraction,
  deleteLeadInteraction: deleteCrmLeadInteraction,
  listCustomerInteractions: listCrmCustomerInteractions,
  createCustomerInteraction: createCrmCustomerInteraction,
  updateCustomerInteraction: updateCrmCustomerInteraction,
  deleteCustomerInteraction: deleteCrmCustomerInteraction,
};
export const crmEndpoints: Endpoint[] = [
  // Leads
  listCrmLeads,
  getCrmLead,
  createCrmLead,
  updateCrmLead,
  deleteCrmLead,
  convertCrmLead,
  // Interactions
  listCrmLeadInteractions,
  createCrmLeadInteraction,
  updateCrmLeadInteraction,
  deleteCrmLeadInteraction,
  listCrmCustomerInteractions,
  createCrmCustomerInteraction,
  updateCrmCustomerInteraction,
  deleteCrmCustomerInteraction,
];
