import { createCrmLeadInteraction } from "@/lib/dialects/crm/create-lead-interaction";
import { listCrmLeadInteractions } from "@/lib/dialects/crm/list-lead-interactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmLeadInteractions, createCrmLeadInteraction);
