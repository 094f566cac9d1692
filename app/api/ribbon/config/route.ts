import { getRibbonConfig } from "@/lib/dialects/ribbon/config";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(getRibbonConfig);
