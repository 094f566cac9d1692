import { exportCrmLeads } from "@/lib/dialects/crm/export-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(exportCrmLeads);
