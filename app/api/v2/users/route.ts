import { createSuiteUser, listSuiteUsers } from "@/lib/dialects/suite/users";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteUsers, createSuiteUser);
