import { deleteCrmCustomer } from "@/lib/dialects/crm/delete-customer";
import { getCrmCustomer } from "@/lib/dialects/crm/get-customer";
import { updateCrmCustomer } from "@/lib/dialects/crm/update-customer";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmCustomer, updateCrmCustomer, deleteCrmCustomer);
