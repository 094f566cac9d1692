import type { Endpoint } from "@/lib/http/endpoint";
import { leadAnalyticsEndpoint } from "./analytics-leads";
import { leadSentimentEndpoint } from "./analytics-sentiment";
import { analyze } from "./analyze";
import { classifyLeadEndpoint } from "./classify-lead";
import { clearLeads } from "./clear-test-leads";
import { createGatewayLead } from "./create-lead";
import { gateway as dialect } from "./dialect";
import { echo } from "./echo";
import { generateLeads } from "./generate-test-leads";
import { getGatewayLead } from "./get-lead";
import { health } from "./health";
import { listGatewayLeads } from "./list-leads";
import { mockAnalytics } from "./mock-analytics";
import { updateGatewayLead } from "./update-lead";

export const gateway = {
  dialect,
  health,
  createLead: createGatewayLead,
  listLeads: listGatewayLeads,
  getLead: getGatewayLead,
  updateLead: updateGatewayLead,
  leadAnalytics: leadAnalyticsEndpoint,
  leadSentiment: leadSentimentEndpoint,
  analyze,
  classifyLead: classifyLeadEndpoint,
  generateLeads,
  clearLeads,
  mockAnalytics,
  echo,
};
export const gatewayEndpoints: Endpoint[] = [
  health,
  listGatewayLeads,
  createGatewayLead,
  getGatewayLead,
  updateGatewayLead,
  leadAnalyticsEndpoint,
  leadSentimentEndpoint,
  analyze,
  classifyLeadEndpoint,
  generateLeads,
  clearLeads,
  mockAnalytics,
  echo,
];
