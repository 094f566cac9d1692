import { deleteCrmOrder } from "@/lib/dialects/crm/delete-order";
import { getCrmOrder } from "@/lib/dialects/crm/get-order";
import { updateCrmOrder } from "@/lib/dialects/crm/update-order";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmOrder, updateCrmOrder, deleteCrmOrder);
