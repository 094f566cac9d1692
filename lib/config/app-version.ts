import pkg from "@/package.json";

/** The CRM's version, as /health reports it. */
export const APP_VERSION: string = pkg.version;
