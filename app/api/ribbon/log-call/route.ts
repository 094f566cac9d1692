import { logCall } from "@/lib/dialects/ribbon/log-call";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(logCall);
