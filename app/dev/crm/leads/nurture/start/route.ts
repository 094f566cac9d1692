import { startCrmLeadNurture } from "@/lib/dialects/crm/start-lead-nurture";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(startCrmLeadNurture);
