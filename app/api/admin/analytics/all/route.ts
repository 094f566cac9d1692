import { getAdminAnalytics } from "@/lib/dialects/ribbon/admin-analytics";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getAdminAnalytics);
