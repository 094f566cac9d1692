import { convertCrmLead } from "./convert-lead";
import { createCrmLead } from "./create-lead";
import { createCrmCustomerInteraction, deleteCrmCustomerInteraction, listCrmCustomerInteractions, updateCrmCustomerInteraction } from "./customer-interactions";
import { deleteCrmLead } from "./delete-lead";
import { getCrmLead } from "./get-lead";
import { createCrmLeadInteraction, deleteCrmLeadInteraction, listCrmLeadInteractions, updateCrmLeadInteraction } from "./lead-interactions";
import { listCrmLeads } from "./list-leads";
import { updateCrmLead } from "./update-lead";

/** Part A of the crm dialect: leads, interactions, imports, exports, workflows. */
export const crmLeadEndpoints = {
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
