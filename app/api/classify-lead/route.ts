import { classifyLeadEndpoint } from "@/lib/dialects/gateway/classify-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(classifyLeadEndpoint);
