import { listCrmImportJobs } from "@/lib/dialects/crm/list-import-jobs";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listCrmImportJobs);
