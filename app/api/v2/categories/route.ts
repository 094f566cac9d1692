import { createSuiteCategory } from "@/lib/dialects/suite/create-category";
import { listSuiteCategories } from "@/lib/dialects/suite/list-categories";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteCategories, createSuiteCategory);
