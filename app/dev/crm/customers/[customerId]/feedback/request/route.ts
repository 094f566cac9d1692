import { requestCrmFeedback } from "@/lib/dialects/crm/request-feedback";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(requestCrmFeedback);
