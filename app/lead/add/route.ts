import { addDiallerLead } from "@/lib/dialects/dialler/add-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(addDiallerLead);
