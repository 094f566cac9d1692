import { sessionImportUpload } from "@/lib/http/session-imports";

// The /import page's upload (session cookie, raw CSV body streamed into the job); see lib/http/session-imports.ts.
export const dynamic = "force-dynamic";

export const POST = sessionImportUpload;
