import { cancelDiallerLead } from "@/lib/dialects/dialler/cancel-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(cancelDiallerLead);
