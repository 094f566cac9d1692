import type { Endpoint } from "@/lib/http/endpoint";
import { createSuiteInvoice } from "./create-invoice";
import { createSuiteProduct } from "./create-product";
import { deleteSuiteInvoice } from "./delete-invoice";
import { deleteSuiteProduct } from "./delete-product";
import { suite as dialect } from "./dialect";
import { getSuiteCustomer } from "./get-customer";
import { getSuiteInvoice } from "./get-invoice";
import { getSuiteProduct } from "./get-product";
import { listSuiteCustomers } from "./list-customers";
import { listSuiteInvoices } from "./list-invoices";
import { listSuiteProducts } from "./list-products";
import { recordSuitePayment } from "./record-payment";
import { updateSuiteInvoice } from "./update-invoice";
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
  listInvoices: listSuiteInvoices,
  createInvoice: createSuiteInvoice,
  getInvoice: getSuiteInvoice,
  updateInvoice: updateSuiteInvoice,
  deleteInvoice: deleteSuiteInvoice,
  recordPayment: recordSuitePayment,
};
export const suiteEndpoints: Endpoint[] = [
  listSuiteCustomers,
  getSuiteCustomer,
  listSuiteProducts,
  createSuiteProduct,
  getSuiteProduct,
  updateSuiteProduct,
  deleteSuiteProduct,
  listSuiteInvoices,
  createSuiteInvoice,
  getSuiteInvoice,
  updateSuiteInvoice,
  deleteSuiteInvoice,
  recordSuitePayment,
];
