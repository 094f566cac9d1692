import { listRibbonCustomerCalls } from "@/lib/dialects/ribbon/customer-calls";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(listRibbonCustomerCalls);
