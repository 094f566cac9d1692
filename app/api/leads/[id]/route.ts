import { getGatewayLead } from "@/lib/dialects/gateway/get-lead";
import { updateGatewayLead } from "@/lib/dialects/gateway/update-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getGatewayLead, updateGatewayLead);
