import type { Endpoint } from "@/lib/http/endpoint";
import { getCrmAnalyticsDashboard } from "./analytics-dashboard";
import { createCrmCustomer } from "./create-customer";
import { getCrmCustomerHealth } from "./customer-health";
import { getCrmCustomerReport } from "./customer-report";
import { getCrmCustomerSegments } from "./customer-segments";
import { deleteCrmCustomer } from "./delete-customer";
import { createCrmOrder } from "./create-order";
import { deleteCrmOrder } from "./delete-order";
import { crm as dialect } from "./dialect";
import { getCrmOrder } from "./get-order";
import { listCrmOrders } from "./list-orders";
import { updateCrmOrder } from "./update-order";
import { getCrmFeedbackAnalytics } from "./feedback-analytics";
import { getCrmFeedbackDashboard } from "./feedback-dashboard";
import { getCrmFeedbackThemes } from "./feedback-themes";
import { processCrmFeedbackReminders } from "./process-feedback-reminders";
import { recordCrmFeedback } from "./record-feedback";
import { requestCrmFeedback } from "./request-feedback";
import { getCrmCustomer } from "./get-customer";
import { getCrmLead } from "./get-lead";
import { getCrmLeadReport } from "./lead-report";
import { listCrmCustomers } from "./list-customers";
import { listCrmLeads } from "./list-leads";
import { updateCrmCustomer } from "./update-customer";

export const crm = {
  dialect,
  listLeads: listCrmLeads,
  getLead: getCrmLead,
  // Customers, orders, products, feedback, reports (part B).
  listCustomers: listCrmCustomers,
  getCustomer: getCrmCustomer,
  createCustomer: createCrmCustomer,
  updateCustomer: updateCrmCustomer,
  deleteCustomer: deleteCrmCustomer,
  customerSegments: getCrmCustomerSegments,
  customerHealth: getCrmCustomerHealth,
  listOrders: listCrmOrders,
  getOrder: getCrmOrder,
  createOrder: createCrmOrder,
  updateOrder: updateCrmOrder,
  deleteOrder: deleteCrmOrder,
  requestFeedback: requestCrmFeedback,
  recordFeedback: recordCrmFeedback,
  feedbackAnalytics: getCrmFeedbackAnalytics,
  processFeedbackReminders: processCrmFeedbackReminders,
  feedbackThemes: getCrmFeedbackThemes,
  feedbackDashboard: getCrmFeedbackDashboard,
  leadReport: getCrmLeadReport,
  customerReport: getCrmCustomerReport,
  analyticsDashboard: getCrmAnalyticsDashboard,
};
export const crmEndpoints: Endpoint[] = [
  listCrmLeads,
  getCrmLead,
  // Customers, orders, products, feedback, reports (part B).
  listCrmCustomers,
  createCrmCustomer,
  getCrmCustomer,
  updateCrmCustomer,
  deleteCrmCustomer,
  getCrmCustomerSegments,
  getCrmCustomerHealth,
  listCrmOrders,
  createCrmOrder,
  getCrmOrder,
  updateCrmOrder,
  deleteCrmOrder,
  requestCrmFeedback,
  recordCrmFeedback,
  getCrmFeedbackAnalytics,
  processCrmFeedbackReminders,
  getCrmFeedbackThemes,
  getCrmFeedbackDashboard,
  getCrmLeadReport,
  getCrmCustomerReport,
  getCrmAnalyticsDashboard,
];
