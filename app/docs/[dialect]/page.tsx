import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InlineCode } from "@/components/docs/inline-code";
import { OperationDoc, type Operation } from "@/components/docs/operation-doc";
import { ApiError } from "@/lib/http/api-error";
import { APP_VERSION } from "@/lib/config/app-version";
import { DIALECTS, isDialectName } from "@/lib/dialects";
import { openApiDocument } from "@/lib/http/openapi";

const ERROR_EXAMPLES = [
  { title: "Invalid input", error: new ApiError("validation", "Invalid input data", [{ field: "email", message: "Invalid email format" }]) },
  { title: "Bad or missing credential", error: new ApiError("unauthorized", "Invalid API key") },
  { title: "Not found (or another workspace's)", error: new ApiError("not_found", "Lead not found") },
  { title: "Rate limit", error: new ApiError("rate_limited", "Rate limit exceeded: 100 requests per minute", [], 42) },
];

export async function generateMetadata({ params }: { params: Promise<{ dialect: string }> }): Promise<Metadata> {
  const { dialect } = await params;
  return { title: isDialectName(dialect) ? DIALECTS[dialect].dialect.title : "API documentation" };
}

/** A readable rendering of the dialect's OpenAPI document (the same one served as JSON). */
export default async function DialectDocsPage({ params }: { params: Promise<{ dialect: string }> }) {
  const { dialect: name } = await params;
  if (!isDialectName(name)) notFound();
  const { dialect, endpoints } = DIALECTS[name];
  const document = openApiDocument(dialect, endpoints, APP_VERSION) as { paths: Record<string, Record<string, Operation>> };
  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <Link href="/docs" className="text-sm text-brand-700 hover:underline">
        ← All APIs
      </Link>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">{dialect.title}</h1>
      <p className="mt-2 text-slate-600">
        <InlineCode text={dialect.description} />
      </p>
      <p className="mt-2 text-sm">
        <a className="text-brand-700 underline" href={`/api/docs/${name}.json`}>
          OpenAPI 3.1 document
        </a>
      </p>
      <section className="mt-6">
        <h2 className="text-lg font-semibold text-slate-900">Errors</h2>
        <p className="mt-1 text-sm text-slate-600">What this API answers when a request fails, rendered by the same code that answers real requests.</p>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {ERROR_EXAMPLES.map(({ title, error }) => {
            const rendered = dialect.renderError(error, { requestId: "req_3f2a9c1d5e7b8a60", timestamp: "2025-10-18T10:30:00Z" });
            return (
              <figure key={title}>
                <figcaption className="text-sm font-medium text-slate-700">
                  {title}: HTTP {rendered.status}
                </figcaption>
                <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{JSON.stringify(rendered.body, null, 2)}</pre>
              </figure>
            );
          })}
        </div>
      </section>
      <div className="mt-8 space-y-6">
        {Object.entries(document.paths).flatMap(([path, operations]) =>
          Object.entries(operations).map(([method, operation]) => <OperationDoc key={`${method} ${path}`} method={method} path={path} operation={operation} />),
        )}
      </div>
    </main>
  );
}
