import { ribbon } from "@/lib/dialects";

export const GET = ribbon.config.handler;
