import { createCrmOrder } from "@/lib/dialects/crm/create-order";
import { listCrmOrders } from "@/lib/dialects/crm/list-orders";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmOrders, createCrmOrder);
