import { health } from "@/lib/dialects/gateway/health";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(health);
