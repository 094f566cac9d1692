import { deleteSuiteTransaction } from "@/lib/dialects/suite/delete-transaction";
import { getSuiteTransaction } from "@/lib/dialects/suite/get-transaction";
import { updateSuiteTransaction } from "@/lib/dialects/suite/update-transaction";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteTransaction, updateSuiteTransaction, deleteSuiteTransaction);
