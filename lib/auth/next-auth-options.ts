import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { appSecrets } from "@/lib/config/app-secrets";
import { authenticate } from "@/lib/crm/users/authenticate";
import { clientAddressFrom } from "@/lib/http/client-address";
import { assertMaySignIn, recordSignInFailure, recordSignInSuccess, TooManySignInAttempts } from "./sign-in-throttle";

const credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

/**
 * next-auth for people: email + password (scrypt hashes), JWT sessions.
 * Built lazily so `next build` reads no secret; the secret comes from
 * NEXTAUTH_SECRET or the generated one in the data folder.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: appSecrets().sessionSecret,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, req) {
          const parsed = credentials.safeParse(raw);
          if (!parsed.success) return null;
          const user = await signIn(
            parsed.data.email,
            parsed.data.password,
            clientAddressFrom((name) => headerOf(req?.headers, name)),
          );
          if (!user) return null;
          return { id: user.id, name: user.name, email: user.email, role: user.role, tenantId: user.tenantId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.tenantId = user.tenantId;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role && token.tenantId) {
          session.user = { ...session.user, id: token.uid, role: token.role, tenantId: token.tenantId };
        }
        return session;
      },
    },
  };
}

/**
 * Checks a password with the sign-in throttle (lib/auth/sign-in-throttle.ts):
 * only failures count, per address and per email from that address, with a
 * growing wait rather than a lockout. Throws "TooManyAttempts" while waiting.
 */
export async function signIn(email: string, password: string, address: string) {
  try {
    await assertMaySignIn(email, address);
  } catch (error) {
    if (error instanceof TooManySignInAttempts) throw new Error("TooManyAttempts"); // next-auth passes the message on as the error code
    throw error;
  }
  const user = await authenticate(email, password);
  if (user) await recordSignInSuccess(email, address);
  else await recordSignInFailure(email, address);
  return user;
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}
