import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";

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
  if (cached) return cached;
  const fromEnv = {
    sessionSecret: process.env.NEXTAUTH_SECRET,
    encryptionKey: process.env.ENCRYPTION_KEY,
  };
  const stored = fromEnv.sessionSecret && fromEnv.encryptionKey ? undefined : loadOrCreateStored();
  cached = {
    sessionSecret: fromEnv.sessionSecret ?? stored!.sessionSecret,
    encryptionKey: fromEnv.encryptionKey ?? stored!.encryptionKey,
  };
  if (Buffer.from(cached.encryptionKey, "base64").length !== 32) {
    throw new Error("ENCRYPTION_KEY must be 32 bytes encoded as base64 (openssl rand -base64 32)");
  }
  return cached;
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
