import { getCrmCustomerHealth } from "@/lib/dialects/crm/customer-health";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmCustomerHealth);
