import { createSuiteQuote } from "@/lib/dialects/suite/create-quote";
import { listSuiteQuotes } from "@/lib/dialects/suite/list-quotes";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteQuotes, createSuiteQuote);
