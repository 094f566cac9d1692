import { getCrmCustomerReport } from "@/lib/dialects/crm/customer-report";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmCustomerReport);
