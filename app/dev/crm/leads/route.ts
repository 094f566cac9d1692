import { createCrmLead } from "@/lib/dialects/crm/create-lead";
import { listCrmLeads } from "@/lib/dialects/crm/list-leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmLeads, createCrmLead);
