import type { Metadata } from "next";
import Link from "next/link";
import { DIALECTS } from "@/lib/dialects";

export const metadata: Metadata = { title: "API documentation" };

export default function DocsIndexPage() {
  return (
    <main className="mx-auto max-w-4xl px-6 py-10">
      <h1 className="text-3xl font-semibold text-slate-900">API documentation</h1>
      <p className="mt-2 text-slate-600">
        Five REST dialects over one CRM: the same leads, customers, calls and invoices, each API in its own documented shape.
      </p>
      <ul className="mt-8 space-y-4">
        {Object.entries(DIALECTS).map(([name, { dialect, endpoints }]) => (
          <li key={name} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <Link href={`/docs/${name}`} className="text-lg font-semibold text-brand-700 hover:underline">
              {dialect.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{dialect.description}</p>
            <p className="mt-2 text-xs text-slate-500">
              {endpoints.length} endpoint{endpoints.length === 1 ? "" : "s"} ·{" "}
              <a className="underline" href={`/api/docs/${name}.json`}>
                OpenAPI 3.1 JSON
              </a>
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
