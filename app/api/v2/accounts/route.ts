import { createSuiteAccount, listSuiteAccounts } from "@/lib/dialects/suite/accounts";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteAccounts, createSuiteAccount);
