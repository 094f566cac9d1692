import { createSuiteQuote, listSuiteQuotes } from "@/lib/dialects/suite/quotes";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteQuotes, createSuiteQuote);
