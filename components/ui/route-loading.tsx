/** What a section shows while its server component loads: a header bar, a filter row and table lines. */
export function RouteLoading({ label = "Loading…", rows = 6 }: { label?: string; rows?: number }) {
  return (
    <div className="space-y-5" role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-10 w-full max-w-xl animate-pulse rounded bg-slate-100" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-5 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
