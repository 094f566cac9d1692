import { crm } from "@/lib/dialects";

export const GET = crm.listLeads.handler;
