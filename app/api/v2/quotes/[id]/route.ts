import { deleteSuiteQuote, getSuiteQuote, updateSuiteQuote } from "@/lib/dialects/suite/quotes";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteQuote, updateSuiteQuote, deleteSuiteQuote);
