import type { Metadata } from "next";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInMessage } from "@/components/auth/sign-in-messages";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/next-auth-options";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await getServerSession(authOptions())) redirect("/");
  // Only this origin's paths: never bounce a user to another origin after sign-in.
  const target = safeCallbackPath(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-2xl font-semibold text-slate-900">Relay CRM</h1>
        <p className="mb-6 text-sm text-slate-500">Sign in to your workspace.</p>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={target} initialError={error ? signInMessage(error) : undefined} />
        </div>
      </div>
    </main>
  );
}
