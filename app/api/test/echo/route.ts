import { gateway } from "@/lib/dialects";

export const GET = gateway.echo.handler;
