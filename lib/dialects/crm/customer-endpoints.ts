import { getCrmAnalyticsDashboard } from "./analytics-dashboard";
import { createCrmCustomer } from "./create-customer";
import { createCrmOrder } from "./create-order";
import { getCrmCustomerHealth } from "./customer-health";
import { getCrmCustomerReport } from "./customer-report";
import { getCrmCustomerSegments } from "./customer-segments";
import { deleteCrmCustomer } from "./delete-customer";
import { deleteCrmOrder } from "./delete-order";
import { getCrmFeedbackAnalytics } from "./feedback-analytics";
import { getCrmFeedbackDashboard } from "./feedback-dashboard";
import { getCrmFeedbackThemes } from "./feedback-themes";
import { getCrmCustomer } from "./get-customer";
import { getCrmOrder } from "./get-order";
import { getCrmLeadReport } from "./lead-report";
import { listCrmCustomers } from "./list-customers";
import { listCrmOrders } from "./list-orders";
import { listCrmProducts } from "./list-products";
import { processCrmFeedbackReminders } from "./process-feedback-reminders";
import { recordCrmFeedback } from "./record-feedback";
import { requestCrmFeedback } from "./request-feedback";
import { updateCrmCustomer } from "./update-customer";
import { updateCrmOrder } from "./update-order";

/** Part B of the crm dialect: customers, health, segments, orders, products, feedback, reports. */
export const crmCustomerEndpoints = {
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
  listProducts: listCrmProducts,
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
