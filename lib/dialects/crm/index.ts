import type { Endpoint } from "@/lib/http/endpoint";
import { createCrmCustomer } from "./create-customer";
import { getCrmCustomerHealth } from "./customer-health";
import { getCrmCustomerSegments } from "./customer-segments";
import { deleteCrmCustomer } from "./delete-customer";
import { crm as dialect } from "./dialect";
import { getCrmCustomer } from "./get-customer";
import { getCrmLead } from "./get-lead";
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
];
