import { ribbon } from "@/lib/dialects";

export const POST = ribbon.init.handler;
