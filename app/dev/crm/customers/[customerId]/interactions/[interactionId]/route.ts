import { deleteCrmCustomerInteraction, updateCrmCustomerInteraction } from "@/lib/dialects/crm/customer-interactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(updateCrmCustomerInteraction, deleteCrmCustomerInteraction);
