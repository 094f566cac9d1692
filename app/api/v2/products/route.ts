import { createSuiteProduct } from "@/lib/dialects/suite/create-product";
import { listSuiteProducts } from "@/lib/dialects/suite/list-products";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteProducts, createSuiteProduct);
