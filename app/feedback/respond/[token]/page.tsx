import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedbackResponseForm, ThankYou } from "@/components/feedback/feedback-response-form";
import { getFeedbackForm } from "@/lib/crm/feedback/get-feedback-form";
import { submitFeedback } from "./actions";

export const metadata: Metadata = { title: "Share your feedback", robots: { index: false, follow: false } };
// The token is a credential: never cache the page or leak the link as a referrer.
export const dynamic = "force-dynamic";

/** Public (no sign-in): a customer answers a feedback request through their one-time link. */
export default async function FeedbackResponsePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const form = await getFeedbackForm(token);
  if (!form) notFound();
  const firstName = form.customerName.split(/\s+/)[0];

  return (
    <main className="relative flex min-h-screen items-center justify-center overflow-hidden bg-gradient-to-br from-brand-50 via-white to-amber-50 px-4 py-12">
      <meta name="referrer" content="no-referrer" />
      <div className="pointer-events-none absolute -top-32 -right-24 h-80 w-80 rounded-full bg-brand-100/60 blur-3xl" aria-hidden />
      <div className="pointer-events-none absolute -bottom-32 -left-24 h-80 w-80 rounded-full bg-amber-100/60 blur-3xl" aria-hidden />
      <div className="relative w-full max-w-lg">
        <div className="mb-6 flex items-center justify-center gap-2 text-sm font-medium text-slate-500">
          <span className="flex h-7 w-7 items-center justify-center rounded-lg bg-brand-600 text-xs font-bold text-white">
            {form.workspaceName.slice(0, 1).toUpperCase()}
          </span>
          {form.workspaceName}
        </div>
        <div className="rounded-2xl border border-slate-200/80 bg-white/90 p-8 shadow-xl shadow-slate-200/60 backdrop-blur">
          {form.state === "open" && (
            <>
              <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Hi {firstName}, how did we do?</h1>
              <p className="mt-2 text-sm leading-relaxed text-slate-500">
                {form.workspaceName} would love to hear about your experience. It takes less than a minute.
              </p>
              <div className="mt-8">
                <FeedbackResponseForm action={submitFeedback.bind(null, token)} />
              </div>
            </>
          )}
          {form.state === "answered" && <ThankYou rating={form.rating} />}
          {form.state === "expired" && (
            <div className="py-6 text-center">
              <h1 className="text-xl font-semibold text-slate-900">This link has expired</h1>
              <p className="mt-3 text-sm text-slate-500">Feedback links stay open for 30 days. Thank you for taking the time anyway.</p>
            </div>
          )}
        </div>
        <p className="mt-6 text-center text-xs text-slate-400">Your answer goes only to {form.workspaceName}. No account needed.</p>
      </div>
    </main>
  );
}
