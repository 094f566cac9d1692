import { replySuiteTicket } from "@/lib/dialects/suite/reply-ticket";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(replySuiteTicket);
