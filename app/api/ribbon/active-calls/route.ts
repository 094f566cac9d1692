import { listRibbonActiveCalls } from "@/lib/dialects/ribbon/active-calls";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listRibbonActiveCalls);
