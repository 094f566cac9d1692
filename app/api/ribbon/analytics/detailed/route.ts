import { getRibbonDetailedAnalytics } from "@/lib/dialects/ribbon/analytics-detailed";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getRibbonDetailedAnalytics);
