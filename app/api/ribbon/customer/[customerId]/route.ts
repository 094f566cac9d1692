import { getRibbonCustomer } from "@/lib/dialects/ribbon/get-customer";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(getRibbonCustomer);
