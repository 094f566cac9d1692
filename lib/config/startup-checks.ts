import { envString, MIN_SECRET_LENGTH, type Env } from "./env";

/**
 * Settings the app refuses to start with (npm start; isPlatformAdminKey
 * refuses a short key at run time as well, for other ways of starting).
 * Production is NODE_ENV=production as set by the operator.
 */
export function startupProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  const adminKey = envString("ADMIN_API_KEY", env);
  if (adminKey !== undefined && adminKey.length < MIN_SECRET_LENGTH) {
    problems.push(`ADMIN_API_KEY must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32), or unset`);
  }
  if (env.NODE_ENV === "production") {
    if (!envString("NEXTAUTH_URL", env)) problems.push("NEXTAUTH_URL must be set in production (the public URL, e.g. https://crm.example.com)");
    for (const name of ["NEXTAUTH_SECRET", "ENCRYPTION_KEY"]) {
      if (!envString(name, env)) problems.push(`${name} must be set in production (generated secrets in .data/ are for the quick start)`);
    }
  }
  return problems;
}

export function checkStartupConfig(env: Env = process.env): void {
  const problems = startupProblems(env);
  if (problems.length > 0) throw new Error(`Refusing to start:\n- ${problems.join("\n- ")}`);
}
