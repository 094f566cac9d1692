import { createCrmCustomerInteraction, listCrmCustomerInteractions } from "@/lib/dialects/crm/customer-interactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmCustomerInteractions, createCrmCustomerInteraction);
