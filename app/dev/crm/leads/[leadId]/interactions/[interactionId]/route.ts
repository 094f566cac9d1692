import { deleteCrmLeadInteraction } from "@/lib/dialects/crm/delete-lead-interaction";
import { updateCrmLeadInteraction } from "@/lib/dialects/crm/update-lead-interaction";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(updateCrmLeadInteraction, deleteCrmLeadInteraction);
