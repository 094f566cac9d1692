import { getRibbonCustomer } from "@/lib/dialects/ribbon/get-customer";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getRibbonCustomer);
