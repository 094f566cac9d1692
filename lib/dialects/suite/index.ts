import type { Endpoint } from "@/lib/http/endpoint";
import { createSuiteProduct } from "./create-product";
import { deleteSuiteProduct } from "./delete-product";
import { suite as dialect } from "./dialect";
import { getSuiteCustomer } from "./get-customer";
import { getSuiteProduct } from "./get-product";
import { listSuiteCustomers } from "./list-customers";
import { listSuiteProducts } from "./list-products";
import { updateSuiteProduct } from "./update-product";

export const suite = {
  dialect,
  listCustomers: listSuiteCustomers,
  getCustomer: getSuiteCustomer,
  listProducts: listSuiteProducts,
  createProduct: createSuiteProduct,
  getProduct: getSuiteProduct,
  updateProduct: updateSuiteProduct,
  deleteProduct: deleteSuiteProduct,
};
export const suiteEndpoints: Endpoint[] = [
  listSuiteCustomers,
  getSuiteCustomer,
  listSuiteProducts,
  createSuiteProduct,
  getSuiteProduct,
  updateSuiteProduct,
  deleteSuiteProduct,
];
