import { listRibbonCallLogs } from "@/lib/dialects/ribbon/call-logs";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(listRibbonCallLogs);
