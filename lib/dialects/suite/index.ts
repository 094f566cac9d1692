import type { Endpoint } from "@/lib/http/endpoint";
import { suite as dialect } from "./dialect";
import { getSuiteCustomer } from "./get-customer";
import { listSuiteCustomers } from "./list-customers";

export const suite = { dialect, listCustomers: listSuiteCustomers, getCustomer: getSuiteCustomer };
export const suiteEndpoints: Endpoint[] = [listSuiteCustomers, getSuiteCustomer];
