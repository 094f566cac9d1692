import type { Endpoint } from "@/lib/http/endpoint";
import { createSuiteWebhook } from "./create-webhook";
import { deleteSuiteWebhook } from "./delete-webhook";
import { suite as dialect } from "./dialect";
import { getSuiteCustomer } from "./get-customer";
import { listSuiteCustomers } from "./list-customers";
import { listSuiteWebhooks } from "./list-webhooks";

export const suite = {
  dialect,
  listCustomers: listSuiteCustomers,
  getCustomer: getSuiteCustomer,
  createWebhook: createSuiteWebhook,
  listWebhooks: listSuiteWebhooks,
  deleteWebhook: deleteSuiteWebhook,
};
export const suiteEndpoints: Endpoint[] = [listSuiteCustomers, getSuiteCustomer, createSuiteWebhook, listSuiteWebhooks, deleteSuiteWebhook];
