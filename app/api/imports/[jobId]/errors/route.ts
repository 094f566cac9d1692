import { sessionImportErrors } from "@/lib/http/session-imports";

// The /import page's error report download (session cookie); see lib/http/session-imports.ts.
export const dynamic = "force-dynamic";

export const GET = sessionImportErrors;
