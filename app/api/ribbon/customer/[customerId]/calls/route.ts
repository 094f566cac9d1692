import { listRibbonCustomerCalls } from "@/lib/dialects/ribbon/customer-calls";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listRibbonCustomerCalls);
