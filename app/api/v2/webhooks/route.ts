import { createSuiteWebhook } from "@/lib/dialects/suite/create-webhook";
import { listSuiteWebhooks } from "@/lib/dialects/suite/list-webhooks";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteWebhooks, createSuiteWebhook);
