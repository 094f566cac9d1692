import { getSuiteCustomer } from "@/lib/dialects/suite/get-customer";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteCustomer);
