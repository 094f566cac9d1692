import { sessionImportJob } from "@/lib/http/session-imports";

// The /import page's progress poll (session cookie); see lib/http/session-imports.ts.
export const dynamic = "force-dynamic";

export const GET = sessionImportJob;
