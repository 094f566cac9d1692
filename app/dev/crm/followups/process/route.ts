import { processCrmFollowUps } from "@/lib/dialects/crm/process-follow-ups";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(processCrmFollowUps);
