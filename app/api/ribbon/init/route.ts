import { initRibbonEndpoint } from "@/lib/dialects/ribbon/init";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(initRibbonEndpoint);
