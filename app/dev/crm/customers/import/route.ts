import { importCrmCustomers } from "@/lib/dialects/crm/import-customers";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(importCrmCustomers);
