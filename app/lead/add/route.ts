import { dialler } from "@/lib/dialects";

export const POST = dialler.addLead.handler;
