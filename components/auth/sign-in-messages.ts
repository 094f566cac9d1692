/** What to tell a person for a next-auth sign-in error code (never the raw code). */
export function signInMessage(code: string | null | undefined): string {
  if (code === "TooManyAttempts") return "Too many sign-in attempts. Wait a few seconds and try again.";
  if (code === "CredentialsSignin") return "Wrong email or password, or the account is deactivated.";
  if (code === "SessionRequired") return "Please sign in to continue.";
  return "Sign-in failed. Please try again.";
}
