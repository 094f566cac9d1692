import { convertSuiteQuote } from "@/lib/dialects/suite/convert-quote";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(convertSuiteQuote);
