import { createCrmCustomerInteraction } from "@/lib/dialects/crm/create-customer-interaction";
import { listCrmCustomerInteractions } from "@/lib/dialects/crm/list-customer-interactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmCustomerInteractions, createCrmCustomerInteraction);
