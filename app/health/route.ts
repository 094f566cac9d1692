import { gateway } from "@/lib/dialects";

export const GET = gateway.health.handler;
