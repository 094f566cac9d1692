import { listCrmProducts } from "@/lib/dialects/crm/list-products";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmProducts);
