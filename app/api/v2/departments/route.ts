import { listSuiteDepartments } from "@/lib/dialects/suite/list-departments";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteDepartments);
