import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";
import { ensurePrivateDir } from "./private-dir";
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
  /** Earlier encryption keys (ENCRYPTION_KEY_PREVIOUS, comma-separated), still accepted for reading during a rotation. */
  previousEncryptionKeys: string[];
}

type StoredSecrets = Omit<AppSecrets, "previousEncryptionKeys">;

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
export function resolveAppSecrets(env: Env, stored: () => StoredSecrets): AppSecrets {
  const fromEnv = { sessionSecret: envString("NEXTAUTH_SECRET", env), encryptionKey: envString("ENCRYPTION_KEY", env) };
  const kept = fromEnv.sessionSecret && fromEnv.encryptionKey ? undefined : stored();
  const secrets: AppSecrets = {
    sessionSecret: fromEnv.sessionSecret ?? kept!.sessionSecret,
    encryptionKey: fromEnv.encryptionKey ?? kept!.encryptionKey,
    previousEncryptionKeys: (envString("ENCRYPTION_KEY_PREVIOUS", env) ?? "")
      .split(",")
      .map((key) => key.trim())
      .filter(Boolean),
  };
  if (secrets.sessionSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(`NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 32)`);
  }
  if (Buffer.from(secrets.encryptionKey, "base64").length !== 32) {
    throw new Error("ENCRYPTION_KEY must be 32 bytes encoded as base64 (openssl rand -base64 32)");
  }
  if (secrets.previousEncryptionKeys.some((key) => Buffer.from(key, "base64").length !== 32)) {
    throw new Error("ENCRYPTION_KEY_PREVIOUS must list 32-byte base64 keys, separated by commas");
  }
  return secrets;
}

function loadOrCreateStored(): StoredSecrets {
  const file = path.join(dataDir(), "secrets.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as StoredSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secrets: StoredSecrets = {
    sessionSecret: randomBytes(32).toString("base64url"),
    encryptionKey: randomBytes(32).toString("base64"),
  };
  ensurePrivateDir(path.dirname(file));
  try {
    // "wx": if two processes race on first start, the first writer wins.
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { flag: "wx", mode: 0o600 });
    return secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return JSON.parse(fs.readFileSync(file, "utf8")) as StoredSecrets;
  }
}

/** For tests: read the environment again on next use (e.g. after changing ENCRYPTION_KEY). */
export function forgetAppSecrets(): void {
  cached = undefined;
}
