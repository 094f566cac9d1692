import { createSuiteAccount } from "@/lib/dialects/suite/create-account";
import { listSuiteAccounts } from "@/lib/dialects/suite/list-accounts";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteAccounts, createSuiteAccount);
