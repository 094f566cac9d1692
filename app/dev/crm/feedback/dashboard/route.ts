import { getCrmFeedbackDashboard } from "@/lib/dialects/crm/feedback-dashboard";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmFeedbackDashboard);
