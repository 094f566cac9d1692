import { getCrmCustomerSegments } from "@/lib/dialects/crm/customer-segments";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmCustomerSegments);
