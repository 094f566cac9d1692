import { exportRibbonCalls } from "@/lib/dialects/ribbon/export-calls";
import { bindCorsRoute } from "@/lib/http/cors";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = bindCorsRoute(exportRibbonCalls);
