import { suite } from "@/lib/dialects";

export const GET = suite.getCustomer.handler;
