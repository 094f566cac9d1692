import { convertCrmLead } from "./convert-lead";
import { createCrmLead } from "./create-lead";
import { createCrmCustomerInteraction, deleteCrmCustomerInteraction, listCrmCustomerInteractions, updateCrmCustomerInteraction } from "./customer-interactions";
import { deleteCrmLead } from "./delete-lead";
import { exportCrmCustomers } from "./export-customers";
import { exportCrmLeads } from "./export-leads";
import { getCrmLead } from "./get-lead";
import { importCrmCustomers } from "./import-customers";
import { getCrmImportErrors, getCrmImportJob, listCrmImportJobs } from "./import-jobs";
import { importCrmLeads } from "./import-leads";
import { createCrmLeadInteraction, deleteCrmLeadInteraction, listCrmLeadInteractions, updateCrmLeadInteraction } from "./lead-interactions";
import { listCrmLeads } from "./list-leads";
import { updateCrmLead } from "./update-lead";
import { processCrmFollowUps, startCrmLeadNurture } from "./workflows";

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
  // Import and export
  importLeads: importCrmLeads,
  exportLeads: exportCrmLeads,
  importCustomers: importCrmCustomers,
  exportCustomers: exportCrmCustomers,
  listImportJobs: listCrmImportJobs,
  getImportJob: getCrmImportJob,
  getImportErrors: getCrmImportErrors,
  // Workflows
  startLeadNurture: startCrmLeadNurture,
  processFollowUps: processCrmFollowUps,
};
