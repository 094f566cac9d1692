import { batchSuiteCustomers } from "@/lib/dialects/suite/batch-customers";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(batchSuiteCustomers);
