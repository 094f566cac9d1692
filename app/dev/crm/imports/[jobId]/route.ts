import { getCrmImportJob } from "@/lib/dialects/crm/get-import-job";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getCrmImportJob);
