import { convertCrmLead } from "./convert-lead";
import { createCrmLead } from "./create-lead";
import { createCrmCustomerInteraction } from "./create-customer-interaction";
import { createCrmLeadInteraction } from "./create-lead-interaction";
import { deleteCrmCustomerInteraction } from "./delete-customer-interaction";
import { deleteCrmLead } from "./delete-lead";
import { deleteCrmLeadInteraction } from "./delete-lead-interaction";
import { exportCrmCustomers } from "./export-customers";
import { exportCrmLeads } from "./export-leads";
import { getCrmImportErrors } from "./get-import-errors";
import { getCrmImportJob } from "./get-import-job";
import { getCrmLead } from "./get-lead";
import { importCrmCustomers } from "./import-customers";
import { importCrmLeads } from "./import-leads";
import { listCrmCustomerInteractions } from "./list-customer-interactions";
import { listCrmImportJobs } from "./list-import-jobs";
import { listCrmLeadInteractions } from "./list-lead-interactions";
import { listCrmLeads } from "./list-leads";
import { processCrmFollowUps } from "./process-follow-ups";
import { startCrmLeadNurture } from "./start-lead-nurture";
import { updateCrmCustomerInteraction } from "./update-customer-interaction";
import { updateCrmLead } from "./update-lead";
import { updateCrmLeadInteraction } from "./update-lead-interaction";

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
