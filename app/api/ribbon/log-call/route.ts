import { logCall } from "@/lib/dialects/ribbon/log-call";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(logCall);
