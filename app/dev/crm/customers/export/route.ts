import { exportCrmCustomers } from "@/lib/dialects/crm/export-customers";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(exportCrmCustomers);
