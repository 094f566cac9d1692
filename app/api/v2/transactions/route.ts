import { createSuiteTransaction } from "@/lib/dialects/suite/create-transaction";
import { listSuiteTransactions } from "@/lib/dialects/suite/list-transactions";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteTransactions, createSuiteTransaction);
