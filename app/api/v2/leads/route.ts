import { createSuiteLead } from "@/lib/dialects/suite/leads";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(createSuiteLead);
