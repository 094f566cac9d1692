import { exportRibbonCalls } from "@/lib/dialects/ribbon/export-calls";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(exportRibbonCalls);
