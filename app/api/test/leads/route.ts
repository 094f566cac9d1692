import { clearLeads } from "@/lib/dialects/gateway/clear-test-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(clearLeads);
