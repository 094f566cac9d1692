import { listRibbonCallLogs } from "@/lib/dialects/ribbon/call-logs";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listRibbonCallLogs);
