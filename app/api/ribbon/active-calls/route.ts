import { listRibbonActiveCalls } from "@/lib/dialects/ribbon/active-calls";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(listRibbonActiveCalls);
