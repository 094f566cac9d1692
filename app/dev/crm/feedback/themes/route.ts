import { getCrmFeedbackThemes } from "@/lib/dialects/crm/feedback-themes";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmFeedbackThemes);
