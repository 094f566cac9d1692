import type { Endpoint } from "@/lib/http/endpoint";
import { addDiallerLead } from "./add-lead";
import { dialler as dialect } from "./dialect";

export const dialler = { dialect, addLead: addDiallerLead };
export const diallerEndpoints: Endpoint[] = [addDiallerLead];
