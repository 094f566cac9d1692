import { mockAnalytics } from "@/lib/dialects/gateway/mock-analytics";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(mockAnalytics);
