import type { CrmContext } from "@/lib/crm/context";
import type { DuplicatePolicy } from "@/lib/crm/imports/import-job";
import type { ImportOutcome, ImportSource } from "@/lib/crm/imports/run-import";
import { withUploadedFile } from "@/lib/upload/multipart-file";

/** Hands the request's multipart `file` part, as a stream, to an import. */
export function importUpload(
  request: Request,
  ctx: CrmContext,
  policy: DuplicatePolicy,
  run: (ctx: CrmContext, source: ImportSource, policy: DuplicatePolicy) => Promise<ImportOutcome>,
): Promise<ImportOutcome> {
  const length = Number(request.headers.get("content-length"));
  return withUploadedFile(request, "file", (file) =>
    run(ctx, { stream: file.stream, fileName: file.fileName, bytesTotal: length > 0 ? length : undefined }, policy),
  );
}
