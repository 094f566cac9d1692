import { deleteSuiteQuote } from "@/lib/dialects/suite/delete-quote";
import { getSuiteQuote } from "@/lib/dialects/suite/get-quote";
import { updateSuiteQuote } from "@/lib/dialects/suite/update-quote";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteQuote, updateSuiteQuote, deleteSuiteQuote);
