import { getCrmLeadReport } from "@/lib/dialects/crm/lead-report";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmLeadReport);
