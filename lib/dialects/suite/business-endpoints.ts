import { createSuiteProduct } from "./create-product";
import { deleteSuiteProduct } from "./delete-product";
import { getSuiteCustomer } from "./get-customer";
import { getSuiteProduct } from "./get-product";
import { listSuiteCustomers } from "./list-customers";
import { listSuiteProducts } from "./list-products";
import { updateSuiteProduct } from "./update-product";

/** The suite's business endpoints: customers, invoices, payments, transactions, products, quotes, tickets, leads, users, reports. */
export const suiteBusinessEndpoints = {
  listCustomers: listSuiteCustomers,
  getCustomer: getSuiteCustomer,
  listProducts: listSuiteProducts,
  createProduct: createSuiteProduct,
  getProduct: getSuiteProduct,
  updateProduct: updateSuiteProduct,
  deleteProduct: deleteSuiteProduct,
};
