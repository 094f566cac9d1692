import { createSuiteAccount, listSuiteAccounts } from "./accounts";
import { batchSuiteCustomers } from "./batch-customers";
import { createSuiteCategory, listSuiteCategories } from "./categories";
import { createSuiteCustomer } from "./create-customer";
import { createSuiteInvoice } from "./create-invoice";
import { createSuiteProduct } from "./create-product";
import { createSuiteTransaction } from "./create-transaction";
import { deleteSuiteCustomer } from "./delete-customer";
import { deleteSuiteInvoice } from "./delete-invoice";
import { deleteSuiteProduct } from "./delete-product";
import { deleteSuiteTransaction } from "./delete-transaction";
import { getSuiteFinancialReport } from "./financial-report";
import { getSuiteCustomer } from "./get-customer";
import { getSuiteInvoice } from "./get-invoice";
import { getSuiteProduct } from "./get-product";
import { getSuiteTransaction } from "./get-transaction";
import { createSuiteLead } from "./leads";
import { listSuiteCustomers } from "./list-customers";
import { listSuiteInvoices } from "./list-invoices";
import { listSuiteProducts } from "./list-products";
import { listSuiteTransactions } from "./list-transactions";
import { convertSuiteQuote, createSuiteQuote, deleteSuiteQuote, getSuiteQuote, listSuiteQuotes, updateSuiteQuote } from "./quotes";
import { recordSuitePayment } from "./record-payment";
import { createSuiteTicket, getSuiteTicket, listSuiteDepartments, listSuiteTickets, replySuiteTicket, updateSuiteTicket } from "./tickets";
import { updateSuiteCustomer } from "./update-customer";
import { updateSuiteInvoice } from "./update-invoice";
import { updateSuiteProduct } from "./update-product";
import { updateSuiteTransaction } from "./update-transaction";
import { createSuiteUser, listSuiteUsers } from "./users";

/** The suite's business endpoints: customers, invoices, payments, transactions, accounts, categories, products, quotes, tickets, leads, users, reports. */
export const suiteBusinessEndpoints = {
  listCustomers: listSuiteCustomers,
  createCustomer: createSuiteCustomer,
  getCustomer: getSuiteCustomer,
  updateCustomer: updateSuiteCustomer,
  deleteCustomer: deleteSuiteCustomer,
  batchCustomers: batchSuiteCustomers,
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
  listTransactions: listSuiteTransactions,
  createTransaction: createSuiteTransaction,
  getTransaction: getSuiteTransaction,
  updateTransaction: updateSuiteTransaction,
  deleteTransaction: deleteSuiteTransaction,
  listAccounts: listSuiteAccounts,
  createAccount: createSuiteAccount,
  listCategories: listSuiteCategories,
  createCategory: createSuiteCategory,
  listQuotes: listSuiteQuotes,
  createQuote: createSuiteQuote,
  getQuote: getSuiteQuote,
  updateQuote: updateSuiteQuote,
  deleteQuote: deleteSuiteQuote,
  convertQuote: convertSuiteQuote,
  listTickets: listSuiteTickets,
  createTicket: createSuiteTicket,
  getTicket: getSuiteTicket,
  updateTicket: updateSuiteTicket,
  replyTicket: replySuiteTicket,
  listDepartments: listSuiteDepartments,
  createLead: createSuiteLead,
  listUsers: listSuiteUsers,
  createUser: createSuiteUser,
  financialReport: getSuiteFinancialReport,
};
