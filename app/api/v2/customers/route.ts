import { createSuiteCustomer } from "@/lib/dialects/suite/create-customer";
import { listSuiteCustomers } from "@/lib/dialects/suite/list-customers";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteCustomers, createSuiteCustomer);
