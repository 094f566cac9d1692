import { ribbon } from "@/lib/dialects";
import { unknownEndpoint } from "@/lib/http/unknown-endpoint";

const handler = unknownEndpoint(ribbon.dialect);

export { handler as DELETE, handler as GET, handler as PATCH, handler as POST, handler as PUT };
