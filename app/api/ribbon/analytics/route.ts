import { getRibbonAnalytics } from "@/lib/dialects/ribbon/analytics";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getRibbonAnalytics);
