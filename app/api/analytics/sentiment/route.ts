import { leadSentimentEndpoint } from "@/lib/dialects/gateway/analytics-sentiment";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(leadSentimentEndpoint);
