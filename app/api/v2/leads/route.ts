import { createSuiteLead } from "@/lib/dialects/suite/create-lead";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(createSuiteLead);
