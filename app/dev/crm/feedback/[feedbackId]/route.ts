import { recordCrmFeedback } from "@/lib/dialects/crm/record-feedback";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(recordCrmFeedback);
