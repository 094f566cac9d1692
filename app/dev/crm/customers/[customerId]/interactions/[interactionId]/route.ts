import { deleteCrmCustomerInteraction } from "@/lib/dialects/crm/delete-customer-interaction";
import { updateCrmCustomerInteraction } from "@/lib/dialects/crm/update-customer-interaction";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(updateCrmCustomerInteraction, deleteCrmCustomerInteraction);
