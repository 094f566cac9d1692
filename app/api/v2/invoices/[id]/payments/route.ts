import { recordSuitePayment } from "@/lib/dialects/suite/record-payment";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(recordSuitePayment);
