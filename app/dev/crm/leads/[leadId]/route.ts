import { deleteCrmLead } from "@/lib/dialects/crm/delete-lead";
import { getCrmLead } from "@/lib/dialects/crm/get-lead";
import { updateCrmLead } from "@/lib/dialects/crm/update-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmLead, updateCrmLead, deleteCrmLead);
