import { getSuiteTicket } from "@/lib/dialects/suite/get-ticket";
import { updateSuiteTicket } from "@/lib/dialects/suite/update-ticket";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteTicket, updateSuiteTicket);
