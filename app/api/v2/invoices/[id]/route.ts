import { deleteSuiteInvoice } from "@/lib/dialects/suite/delete-invoice";
import { getSuiteInvoice } from "@/lib/dialects/suite/get-invoice";
import { updateSuiteInvoice } from "@/lib/dialects/suite/update-invoice";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(getSuiteInvoice, updateSuiteInvoice, deleteSuiteInvoice);
