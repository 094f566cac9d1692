import { createGatewayLead } from "@/lib/dialects/gateway/create-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(createGatewayLead);
