import { createCrmLeadInteraction, listCrmLeadInteractions } from "@/lib/dialects/crm/lead-interactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmLeadInteractions, createCrmLeadInteraction);
