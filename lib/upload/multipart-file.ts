import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { ValidationFailed } from "@/lib/crm/errors";

export interface UploadedFile {
  /** The file's bytes as they arrive: consume it, it is never buffered whole. */
  stream: Readable;
  fileName: string;
  mimeType: string;
}

/** Largest upload accepted (bytes); IMPORT_MAX_BYTES overrides. */
const MAX_BYTES = Number(process.env.IMPORT_MAX_BYTES ?? 2 * 1024 ** 3);

/**
 * Streams the multipart/form-data field `field` of a request to `consume`
 * (busboy): the file is handed over while it uploads, so a large file is read
 * with flat memory. Other parts are drained. No such file part → ValidationFailed (400).
 */
export async function withUploadedFile<R>(request: Request, field: string, consume: (file: UploadedFile) => Promise<R>): Promise<R> {
  const contentType = request.headers.get("content-type") ?? "";
  const missing = new ValidationFailed([{ field, message: `Send the CSV file as multipart/form-data in a part named "${field}"` }]);
  if (!/^multipart\/form-data/i.test(contentType) || !request.body) throw missing;
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fileSize: MAX_BYTES } });
  } catch {
    throw missing; // e.g. no boundary
  }
  const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  return new Promise<R>((resolve, reject) => {
    let handled = false;
    parser.on("file", (name, stream, info) => {
      if (name !== field || handled) {
        stream.resume();
        return;
      }
      handled = true;
      stream.on("limit", () => stream.destroy(new ValidationFailed([{ field, message: `The file is larger than ${MAX_BYTES} bytes` }])));
      consume({ stream, fileName: info.filename ?? "", mimeType: info.mimeType }).then(resolve, reject);
    });
    parser.on("error", (error) => {
      if (!handled) reject(missing);
      else body.unpipe(parser);
      void error;
    });
    parser.on("close", () => {
      if (!handled) reject(missing);
    });
    body.on("error", (error) => parser.destroy(error));
    body.pipe(parser);
  });
}
