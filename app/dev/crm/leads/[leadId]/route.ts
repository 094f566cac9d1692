import { getCrmLead } from "@/lib/dialects/crm/get-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmLead);
