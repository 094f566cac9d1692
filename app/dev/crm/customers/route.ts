import { createCrmCustomer } from "@/lib/dialects/crm/create-customer";
import { listCrmCustomers } from "@/lib/dialects/crm/list-customers";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmCustomers, createCrmCustomer);
