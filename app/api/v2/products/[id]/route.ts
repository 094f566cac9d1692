import { deleteSuiteProduct } from "@/lib/dialects/suite/delete-product";
import { getSuiteProduct } from "@/lib/dialects/suite/get-product";
import { updateSuiteProduct } from "@/lib/dialects/suite/update-product";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteProduct, updateSuiteProduct, deleteSuiteProduct);
