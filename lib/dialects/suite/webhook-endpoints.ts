import { createSuiteWebhook } from "./create-webhook";
import { deleteSuiteWebhook } from "./delete-webhook";
import { listSuiteWebhooks } from "./list-webhooks";

/** The suite's webhook registration endpoints (delivery lives in lib/jobs). */
export const suiteWebhookEndpoints = {
  createWebhook: createSuiteWebhook,
  listWebhooks: listSuiteWebhooks,
  deleteWebhook: deleteSuiteWebhook,
};
