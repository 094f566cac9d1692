import { batchSuiteCustomers } from "./batch-customers";
import { convertSuiteQuote } from "./convert-quote";
import { createSuiteAccount } from "./create-account";
import { createSuiteCategory } from "./create-category";
import { createSuiteCustomer } from "./create-customer";
import { createSuiteInvoice } from "./create-invoice";
import { createSuiteLead } from "./create-lead";
import { createSuiteProduct } from "./create-product";
import { createSuiteQuote } from "./create-quote";
import { createSuiteTicket } from "./create-ticket";
import { createSuiteTransaction } from "./create-transaction";
import { createSuiteUser } from "./create-user";
import { deleteSuiteCustomer } from "./delete-customer";
import { deleteSuiteInvoice } from "./delete-invoice";
import { deleteSuiteProduct } from "./delete-product";
import { deleteSuiteQuote } from "./delete-quote";
import { deleteSuiteTransaction } from "./delete-transaction";
import { getSuiteFinancialReport } from "./financial-report";
import { getSuiteCustomer } from "./get-customer";
import { getSuiteInvoice } from "./get-invoice";
import { getSuiteProduct } from "./get-product";
import { getSuiteQuote } from "./get-quote";
import { getSuiteTicket } from "./get-ticket";
import { getSuiteTransaction } from "./get-transaction";
import { listSuiteAccounts } from "./list-accounts";
import { listSuiteCategories } from "./list-categories";
import { listSuiteCustomers } from "./list-customers";
import { listSuiteDepartments } from "./list-departments";
import { listSuiteInvoices } from "./list-invoices";
import { listSuiteProducts } from "./list-products";
import { listSuiteQuotes } from "./list-quotes";
import { listSuiteTickets } from "./list-tickets";
import { listSuiteTransactions } from "./list-transactions";
import { listSuiteUsers } from "./list-users";
import { recordSuitePayment } from "./record-payment";
import { replySuiteTicket } from "./reply-ticket";
import { updateSuiteCustomer } from "./update-customer";
import { updateSuiteInvoice } from "./update-invoice";
import { updateSuiteProduct } from "./update-product";
import { updateSuiteQuote } from "./update-quote";
import { updateSuiteTicket } from "./update-ticket";
import { updateSuiteTransaction } from "./update-transaction";

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
