import { getRibbonConfig } from "@/lib/dialects/ribbon/config";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getRibbonConfig);
