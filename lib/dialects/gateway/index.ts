import type { Endpoint } from "@/lib/http/endpoint";
import { createGatewayLead } from "./create-lead";
import { gateway as dialect } from "./dialect";
import { echo } from "./echo";
import { health } from "./health";

export const gateway = { dialect, health, createLead: createGatewayLead, echo };
export const gatewayEndpoints: Endpoint[] = [health, createGatewayLead, echo];
