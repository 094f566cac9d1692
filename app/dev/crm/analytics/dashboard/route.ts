import { getCrmAnalyticsDashboard } from "@/lib/dialects/crm/analytics-dashboard";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmAnalyticsDashboard);
