import { InlineCode } from "./inline-code";

export interface Operation {
  summary: string;
  description?: string;
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  security?: Record<string, string[]>[];
}

const METHOD_COLORS: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-800",
  post: "bg-brand-100 text-brand-700",
  put: "bg-amber-100 text-amber-800",
  patch: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

/** One endpoint of an OpenAPI document, for people. */
export function OperationDoc({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
  const failures = Object.entries(operation.responses).filter(([status]) => !status.startsWith("2"));
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" id={`${method}-${path}`}>
      <h3 className="flex flex-wrap items-center gap-3">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_COLORS[method] ?? "bg-slate-100"}`}>{method}</span>
        <code className="font-mono text-sm text-slate-900">{path}</code>
        <span className="text-sm text-slate-600">{operation.summary}</span>
      </h3>
      {operation.description && (
        <div className="mt-3 space-y-2 text-sm text-slate-600">
          {operation.description.split("\n\n").map((paragraph) =>
            // A fenced block (e.g. the webhook verification snippet) keeps its lines.
            paragraph.startsWith("```") ? (
              <pre key={paragraph} className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
                {paragraph.replace(/^```\w*\n/, "").replace(/\n?```$/, "")}
              </pre>
            ) : (
              <p key={paragraph}>
                <InlineCode text={paragraph} />
              </p>
            ),
          )}
        </div>
      )}
      {operation.parameters && operation.parameters.length > 0 && (
        <table className="mt-4 w-full text-left text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-1 pr-3">Parameter</th>
              <th className="py-1 pr-3">In</th>
              <th className="py-1 pr-3">Type</th>
              <th className="py-1">Notes</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-slate-100">
                <td className="py-1 pr-3 font-mono text-xs">
                  {p.name}
                  {p.required ? " *" : ""}
                </td>
                <td className="py-1 pr-3 text-xs">{p.in}</td>
                <td className="py-1 pr-3 font-mono text-xs">{describeType(p.schema)}</td>
                <td className="py-1 text-xs text-slate-600">{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.requestBody && <Schema title="Request body" schema={Object.values(operation.requestBody.content)[0]?.schema} />}
      {success && <Schema title={`Response ${success[0]}`} schema={success[1].content?.["application/json"]?.schema} />}
      {failures.length > 0 && (
        <p className="mt-3 text-xs text-slate-500">Errors: {failures.map(([status, response]) => `${status} ${response.description}`).join(" · ")}</p>
      )}
    </article>
  );
}

function Schema({ title, schema }: { title: string; schema: unknown }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">{title}</summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}

function describeType(schema: unknown): string {
  const s = schema as { type?: string; enum?: unknown[]; format?: string; default?: unknown } | undefined;
  if (!s) return "";
  if (s.enum) return s.enum.join(" | ");
  return [s.type, s.format && `(${s.format})`, s.default !== undefined && `= ${JSON.stringify(s.default)}`].filter(Boolean).join(" ");
}
