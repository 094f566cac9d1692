import { gateway } from "@/lib/dialects";

export const POST = gateway.createLead.handler;
