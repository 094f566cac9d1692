import { createCrmCustomer } from "./create-customer";
import { createCrmOrder } from "./create-order";
import { getCrmCustomerHealth } from "./customer-health";
import { getCrmCustomerSegments } from "./customer-segments";
import { deleteCrmCustomer } from "./delete-customer";
import { deleteCrmOrder } from "./delete-order";
import { getCrmCustomer } from "./get-customer";
import { getCrmOrder } from "./get-order";
import { listCrmCustomers } from "./list-customers";
import { listCrmOrders } from "./list-orders";
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
};
