import { deleteCrmLeadInteraction, updateCrmLeadInteraction } from "@/lib/dialects/crm/lead-interactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(updateCrmLeadInteraction, deleteCrmLeadInteraction);
