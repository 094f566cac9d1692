import { getSuiteFinancialReport } from "@/lib/dialects/suite/financial-report";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteFinancialReport);
