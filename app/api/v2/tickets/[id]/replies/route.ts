import { replySuiteTicket } from "@/lib/dialects/suite/tickets";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(replySuiteTicket);
