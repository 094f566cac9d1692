import { getRibbonDetailedAnalytics } from "@/lib/dialects/ribbon/analytics-detailed";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(getRibbonDetailedAnalytics);
