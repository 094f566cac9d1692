import { getCrmFeedbackAnalytics } from "@/lib/dialects/crm/feedback-analytics";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmFeedbackAnalytics);
