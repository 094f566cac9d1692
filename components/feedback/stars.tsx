import { Star } from "lucide-react";
import { cn } from "@/components/ui/cn";

/** A 1-5 rating as filled stars, read out as "4 of 5 stars". */
export function Stars({ rating, className = "h-4 w-4" }: { rating: number; className?: string }) {
  return (
    <span className="inline-flex gap-0.5" role="img" aria-label={`${rating} of 5 stars`}>
      {[1, 2, 3, 4, 5].map((value) => (
        <Star key={value} className={cn(className, value <= rating ? "fill-amber-400 text-amber-400" : "text-slate-200")} strokeWidth={1.5} aria-hidden />
      ))}
    </span>
  );
}
