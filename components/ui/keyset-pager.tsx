import Link from "next/link";

/**
 * "First page" / "Next page" for a keyset list (no page numbers: a cursor
 * costs the same at any depth). `query` holds the filters, without the cursor.
 */
export function KeysetPager({
  path,
  query,
  shown,
  cursor,
  nextCursor,
}: {
  path: string;
  query: URLSearchParams;
  shown: number;
  cursor?: string;
  nextCursor: string | null;
}) {
  const first = query.size > 0 ? `${path}?${query.toString()}` : path;
  return (
    <div className="flex items-center justify-between text-sm">
      <span className="text-slate-500">
        {shown} shown{cursor ? " (later page)" : ""}
      </span>
      <div className="flex gap-3">
        {cursor && (
          <Link href={first} className="font-medium text-brand-700 hover:underline">
            First page
          </Link>
        )}
        {nextCursor && (
          <Link
            href={`${path}?${new URLSearchParams([...query, ["cursor", nextCursor]]).toString()}`}
            className="font-medium text-brand-700 hover:underline"
            rel="next"
            data-testid="next-page"
          >
            Next page →
          </Link>
        )}
      </div>
    </div>
  );
}
