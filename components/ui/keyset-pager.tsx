import Link from "next/link";

/** A keyset list's footer: how many are shown, back to the first page, and the next page when there is one. */
export function KeysetPager({ shown, later, firstHref, nextHref }: { shown: number; later: boolean; firstHref: string; nextHref: string | null }) {
  return (
    <div className="flex items-center justify-between text-sm">
      <span className="text-slate-500">
        {shown} shown{later ? " (later page)" : ""}
      </span>
      <div className="flex gap-3">
        {later && (
          <Link href={firstHref} className="font-medium text-brand-700 hover:underline">
            First page
          </Link>
        )}
        {nextHref && (
          <Link href={nextHref} className="font-medium text-brand-700 hover:underline" data-testid="next-page">
            Next page →
          </Link>
        )}
      </div>
    </div>
  );
}
