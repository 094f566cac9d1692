import { createSuiteCategory, listSuiteCategories } from "@/lib/dialects/suite/categories";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteCategories, createSuiteCategory);
