import { saveRibbonCustomer } from "@/lib/dialects/ribbon/save-customer";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(saveRibbonCustomer);
