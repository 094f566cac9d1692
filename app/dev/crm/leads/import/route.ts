import { importCrmLeads } from "@/lib/dialects/crm/import-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(importCrmLeads);
