import { leadAnalyticsEndpoint } from "@/lib/dialects/gateway/analytics-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(leadAnalyticsEndpoint);
