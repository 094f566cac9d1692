import { mockAnalytics } from "@/lib/dialects/gateway/test-data";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(mockAnalytics);
