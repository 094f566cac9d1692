import { ribbon } from "@/lib/dialects";

export const GET = ribbon.adminClients.handler;
