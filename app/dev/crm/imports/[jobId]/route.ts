import { getCrmImportJob } from "@/lib/dialects/crm/import-jobs";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmImportJob);
