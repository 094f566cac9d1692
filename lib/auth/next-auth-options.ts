import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { appSecrets } from "@/lib/config/app-secrets";
import { authenticate } from "@/lib/crm/users/authenticate";
import { consumeRateLimit } from "@/lib/http/rate-limit";

const credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

/** Ten sign-in attempts per email per minute, then wait: slows password guessing. */
const SIGN_IN_LIMIT = { name: "sign-in", points: 10, durationSeconds: 60 };

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
        async authorize(raw) {
          const parsed = credentials.safeParse(raw);
          if (!parsed.success) return null;
          const limit = await consumeRateLimit(SIGN_IN_LIMIT, parsed.data.email.toLowerCase());
          if (!limit.allowed) throw new Error("TooManyAttempts");
          const user = await authenticate(parsed.data.email, parsed.data.password);
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
