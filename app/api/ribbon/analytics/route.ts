import { getRibbonAnalytics } from "@/lib/dialects/ribbon/analytics";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(getRibbonAnalytics);
