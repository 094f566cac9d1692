import { getCrmImportErrors } from "@/lib/dialects/crm/get-import-errors";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmImportErrors);
