import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OperationDoc, type Operation } from "@/components/docs/operation-doc";
import { APP_VERSION } from "@/lib/config/app-version";
import { DIALECTS, isDialectName } from "@/lib/dialects";
import { openApiDocument } from "@/lib/http/openapi";

export async function generateMetadata({ params }: { params: Promise<{ dialect: string }> }): Promise<Metadata> {
  const { dialect } = await params;
  return { title: isDialectName(dialect) ? DIALECTS[dialect].dialect.title : "API documentation" };
}

/** A readable rendering of the dialect's OpenAPI document (the same one served as JSON). */
export default async function DialectDocsPage({ params }: { params: Promise<{ dialect: string }> }) {
  const { dialect: name } = await params;
  if (!isDialectName(name)) notFound();
  const { dialect, endpoints } = DIALECTS[name];
  const document = openApiDocument(dialect, endpoints, APP_VERSION) as { paths: Record<string, Record<string, Operation>>; components: { schemas: { Error: unknown } } };
  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <Link href="/docs" className="text-sm text-brand-700 hover:underline">
        ← All APIs
      </Link>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">{dialect.title}</h1>
      <p className="mt-2 text-slate-600">{dialect.description}</p>
      <p className="mt-2 text-sm">
        <a className="text-brand-700 underline" href={`/api/docs/${name}.json`}>
          OpenAPI 3.1 document
        </a>
      </p>
      <section className="mt-6">
        <h2 className="text-lg font-semibold text-slate-900">Error envelope</h2>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-4 text-xs text-slate-100">{JSON.stringify(document.components.schemas.Error, null, 2)}</pre>
      </section>
      <div className="mt-8 space-y-6">
        {Object.entries(document.paths).flatMap(([path, operations]) =>
          Object.entries(operations).map(([method, operation]) => <OperationDoc key={`${method} ${path}`} method={method} path={path} operation={operation} />),
        )}
      </div>
    </main>
  );
}
