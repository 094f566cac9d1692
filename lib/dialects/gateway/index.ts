import type { Endpoint } from "@/lib/http/endpoint";
import { createGatewayLead } from "./create-lead";
import { gateway as dialect } from "./dialect";
import { echo } from "./echo";
import { getGatewayLead } from "./get-lead";
import { health } from "./health";
import { listGatewayLeads } from "./list-leads";
import { updateGatewayLead } from "./update-lead";

export const gateway = {
  dialect,
  health,
  createLead: createGatewayLead,
  listLeads: listGatewayLeads,
  getLead: getGatewayLead,
  updateLead: updateGatewayLead,
  echo,
};
export const gatewayEndpoints: Endpoint[] = [health, listGatewayLeads, createGatewayLead, getGatewayLead, updateGatewayLead, echo];
