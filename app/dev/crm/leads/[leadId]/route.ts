import { crm } from "@/lib/dialects";

export const GET = crm.getLead.handler;
