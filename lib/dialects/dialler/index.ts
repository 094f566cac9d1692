import type { Endpoint } from "@/lib/http/endpoint";
import { addDiallerLead } from "./add-lead";
import { cancelDiallerLead } from "./cancel-lead";
import { dialler as dialect } from "./dialect";

export const dialler = { dialect, addLead: addDiallerLead, cancelLead: cancelDiallerLead };
export const diallerEndpoints: Endpoint[] = [addDiallerLead, cancelDiallerLead];
