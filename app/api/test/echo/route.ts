import { echo } from "@/lib/dialects/gateway/echo";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(echo);
