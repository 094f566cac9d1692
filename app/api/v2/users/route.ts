import { createSuiteUser } from "@/lib/dialects/suite/create-user";
import { listSuiteUsers } from "@/lib/dialects/suite/list-users";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteUsers, createSuiteUser);
