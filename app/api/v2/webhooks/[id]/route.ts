import { deleteSuiteWebhook } from "@/lib/dialects/suite/delete-webhook";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(deleteSuiteWebhook);
