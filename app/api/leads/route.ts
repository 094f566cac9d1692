import { createGatewayLead } from "@/lib/dialects/gateway/create-lead";
import { listGatewayLeads } from "@/lib/dialects/gateway/list-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listGatewayLeads, createGatewayLead);
