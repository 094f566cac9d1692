"use client";

import { useActionState, useState } from "react";
import { Star } from "lucide-react";
import type { FeedbackFormState } from "@/app/feedback/respond/[token]/actions";

const LABELS = ["", "Very poor", "Poor", "Okay", "Good", "Excellent"];
const CATEGORIES = [
  ["product", "Product"],
  ["support", "Support"],
  ["delivery", "Delivery"],
  ["billing", "Billing"],
  ["other", "Something else"],
] as const;

export function FeedbackResponseForm({ action }: { action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState> }) {
  const [state, submit, pending] = useActionState(action, null);
  const [rating, setRating] = useState(0);
  const [hover, setHover] = useState(0);
  const shown = hover || rating;

  if (state?.ok) return <ThankYou rating={state.data.rating} />;

  return (
    <form action={submit} className="space-y-7">
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">How would you rate your experience?</legend>
        <div className="mt-3 flex items-center gap-1" onMouseLeave={() => setHover(0)}>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="cursor-pointer rounded-md p-1 focus-within:ring-2 focus-within:ring-brand-500" onMouseEnter={() => setHover(value)}>
              <input
                type="radio"
                name="rating"
                value={value}
                className="sr-only"
                checked={rating === value}
                onChange={() => setRating(value)}
                aria-label={`${value} of 5: ${LABELS[value]}`}
              />
              <Star
                className={`h-9 w-9 transition-transform ${value <= shown ? "scale-105 fill-amber-400 text-amber-400" : "text-slate-300"}`}
                strokeWidth={1.5}
              />
            </label>
          ))}
          <span className="ml-3 min-w-24 text-sm font-medium text-slate-600" aria-live="polite">
            {shown ? LABELS[shown] : ""}
          </span>
        </div>
        {state && !state.ok && state.fields?.rating && <p className="mt-2 text-sm text-red-600">{state.fields.rating}</p>}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium text-slate-700">
          What is it mostly about? <span className="font-normal text-slate-400">(optional)</span>
        </legend>
        <div className="mt-3 flex flex-wrap gap-2">
          {CATEGORIES.map(([value, label]) => (
            <label key={value} className="cursor-pointer">
              <input type="radio" name="category" value={value} className="peer sr-only" />
              <span className="inline-block rounded-full border border-slate-200 bg-white px-3.5 py-1.5 text-sm text-slate-600 transition-colors peer-checked:border-brand-500 peer-checked:bg-brand-50 peer-checked:text-brand-700 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 hover:border-slate-300">
                {label}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor="comment" className="text-sm font-medium text-slate-700">
          Tell us more <span className="font-normal text-slate-400">(optional)</span>
        </label>
        <textarea
          id="comment"
          name="comment"
          rows={4}
          maxLength={5000}
          placeholder="What went well, and what could we do better?"
          className="mt-2 block w-full resize-y rounded-lg border border-slate-300 bg-white px-3.5 py-2.5 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none"
        />
      </div>

      {state && !state.ok && !state.fields?.rating && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3.5 py-2.5 text-sm text-red-700">
          {state.message}
        </p>
      )}

      <button
        type="submit"
        disabled={pending || rating === 0}
        className="w-full rounded-lg bg-brand-600 px-4 py-3 text-sm font-semibold text-white shadow-sm transition-colors hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:bg-brand-600/50"
      >
        {pending ? "Sending…" : "Send feedback"}
      </button>
    </form>
  );
}

export function ThankYou({ rating }: { rating: number | null }) {
  return (
    <div className="py-6 text-center">
      <div className="mx-auto flex h-14 w-14 items-center justify-center rounded-full bg-emerald-50">
        <svg viewBox="0 0 24 24" className="h-7 w-7 text-emerald-600" fill="none" stroke="currentColor" strokeWidth={2.5} aria-hidden>
          <path d="M5 13l4 4L19 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      <h2 className="mt-4 text-xl font-semibold text-slate-900">Thank you for your feedback</h2>
      {rating ? (
        <div className="mt-3 flex justify-center gap-0.5" aria-label={`You rated ${rating} of 5`}>
          {[1, 2, 3, 4, 5].map((value) => (
            <Star key={value} className={`h-5 w-5 ${value <= rating ? "fill-amber-400 text-amber-400" : "text-slate-200"}`} strokeWidth={1.5} />
          ))}
        </div>
      ) : null}
      <p className="mt-3 text-sm text-slate-500">Your answer has been received. It helps us do better.</p>
    </div>
  );
}
