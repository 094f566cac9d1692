import { processCrmFeedbackReminders } from "@/lib/dialects/crm/process-feedback-reminders";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(processCrmFeedbackReminders);
