import { createSuiteInvoice } from "@/lib/dialects/suite/create-invoice";
import { listSuiteInvoices } from "@/lib/dialects/suite/list-invoices";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(listSuiteInvoices, createSuiteInvoice);
