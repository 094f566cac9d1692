import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";
import { envString, MIN_SECRET_LENGTH, type Env } from "./env";

/**
 * Secrets the app needs: the session-signing secret and the key that encrypts
 * stored credentials (telephony tokens, webhook secrets). In production they
 * come from the environment; a quick start generates them once and keeps them
 * in the data folder so restarts keep sessions and stored secrets readable.
 */
export interface AppSecrets {
  sessionSecret: string;
  /** 32 bytes, base64. */
  encryptionKey: string;
}

let cached: AppSecrets | undefined;

export function appSecrets(): AppSecrets {
  cached ??= resolveAppSecrets(process.env, loadOrCreateStored);
  return cached;
}

/**
 * The secrets from `env`, else from the data folder. Empty variables count as
 * unset; a session secret shorter than 32 characters or an encryption key
 * that is not 32 bytes stops the app rather than weakening it.
 */
export function resolveAppSecrets(env: Env, stored: () => AppSecrets): AppSecrets {
  const fromEnv = { sessionSecret: envString("NEXTAUTH_SECRET", env), encryptionKey: envString("ENCRYPTION_KEY", env) };
  const kept = fromEnv.sessionSecret && fromEnv.encryptionKey ? undefined : stored();
  const secrets = {
    sessionSecret: fromEnv.sessionSecret ?? kept!.sessionSecret,
    encryptionKey: fromEnv.encryptionKey ?? kept!.encryptionKey,
  };
  if (secrets.sessionSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(`NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 32)`);
  }
  if (Buffer.from(secrets.encryptionKey, "base64").length !== 32) {
    throw new Error("ENCRYPTION_KEY must be 32 bytes encoded as base64 (openssl rand -base64 32)");
  }
  return secrets;
}

function loadOrCreateStored(): AppSecrets {
  const file = path.join(dataDir(), "secrets.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as AppSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secrets: AppSecrets = {
    sessionSecret: randomBytes(32).toString("base64url"),
    encryptionKey: randomBytes(32).toString("base64"),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": if two processes race on first start, the first writer wins.
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { flag: "wx", mode: 0o600 });
    return secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return JSON.parse(fs.readFileSync(file, "utf8")) as AppSecrets;
  }
}
