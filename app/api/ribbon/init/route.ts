import { initRibbonEndpoint } from "@/lib/dialects/ribbon/init";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(initRibbonEndpoint);
