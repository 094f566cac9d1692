import { processCrmFollowUps } from "@/lib/dialects/crm/workflows";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(processCrmFollowUps);
