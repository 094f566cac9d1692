import { deleteSuiteCustomer } from "@/lib/dialects/suite/delete-customer";
import { getSuiteCustomer } from "@/lib/dialects/suite/get-customer";
import { updateSuiteCustomer } from "@/lib/dialects/suite/update-customer";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteCustomer, updateSuiteCustomer, deleteSuiteCustomer);
