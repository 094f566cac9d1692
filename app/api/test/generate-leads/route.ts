import { generateLeads } from "@/lib/dialects/gateway/generate-test-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(generateLeads);
