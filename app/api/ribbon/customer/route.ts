import { saveRibbonCustomer } from "@/lib/dialects/ribbon/save-customer";
import { bindRoute } from "@/lib/http/bind-route";

export const { GET, POST, PUT, PATCH, DELETE } = bindRoute(saveRibbonCustomer);
