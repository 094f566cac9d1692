import { listAdminClients } from "@/lib/dialects/ribbon/admin-clients";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listAdminClients);
