import { analyze } from "@/lib/dialects/gateway/analyze";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(analyze);
