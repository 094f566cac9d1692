import { createSuiteTicket } from "@/lib/dialects/suite/create-ticket";
import { listSuiteTickets } from "@/lib/dialects/suite/list-tickets";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteTickets, createSuiteTicket);
