import { convertCrmLead } from "@/lib/dialects/crm/convert-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(convertCrmLead);
