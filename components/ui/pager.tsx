import Link from "next/link";

/**
 * Previous / next links for a numbered list, keeping the other query
 * parameters. `query` holds the filters (without `page`).
 */
export function Pager({ path, query, page, pageCount, shown }: { path: string; query: URLSearchParams; page: number; pageCount: number; shown: number }) {
  const hrefFor = (n: number) => {
    const params = new URLSearchParams(query);
    if (n > 1) params.set("page", String(n));
    else params.delete("page");
    const qs = params.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <div className="flex items-center justify-between gap-3 text-sm">
      <span className="text-slate-500">
        {shown} shown · page {Math.min(page, Math.max(pageCount, 1))} of {Math.max(pageCount, 1)}
      </span>
      <div className="flex gap-3">
        {page > 1 && (
          <Link href={hrefFor(page - 1)} className="font-medium text-brand-700 hover:underline" rel="prev">
            ← Previous
          </Link>
        )}
        {page < pageCount && (
          <Link href={hrefFor(page + 1)} className="font-medium text-brand-700 hover:underline" rel="next" data-testid="next-page">
            Next →
          </Link>
        )}
      </div>
    </div>
  );
}
