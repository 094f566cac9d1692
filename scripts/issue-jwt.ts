// npm run jwt:issue -- --client-id acme --scope read:leads [--scope read:analytics]… [--role analyst] [--sub user_1] [--expires 1h]
// Creates an RS256 key pair, registers its public key for the workspace (Settings → JWT keys shows it),
// keeps the private key in <data dir>/jwt/<kid>.pem (mode 600) and prints a signed token to try the gateway API.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importPKCS8, SignJWT } from "jose";
import { isScope } from "@/lib/auth/scopes";
import { dataDir } from "@/lib/config/data-dir";
import { registerJwtKey } from "@/lib/crm/api-keys/register-jwt-key";
import { systemContext } from "@/lib/crm/context";
import { findTenantByClientId } from "@/lib/crm/tenants/find-tenant";
import { closeDb } from "@/lib/db/client";
import { runScript } from "./run-script";

const USAGE =
  "Usage: npm run jwt:issue -- --client-id <slug> --scope <scope> [--scope <scope>]… [--role analyst] [--sub <subject>] [--expires 1h] [--kid <kid>] [--issuer cloudvelous.com] [--audience cloudvelous-api]";

runScript(async () => {
  const { values } = parseArgs({
    options: {
      "client-id": { type: "string" },
      scope: { type: "string", multiple: true, default: [] },
      role: { type: "string" },
      sub: { type: "string", default: "jwt-issue-test-client" },
      expires: { type: "string", default: "1h" },
      kid: { type: "string" },
      issuer: { type: "string" },
      audience: { type: "string" },
    },
  });
  const clientId = values["client-id"];
  // "--scope 'read:leads write:leads'" and "--scope read:leads,write:leads" work too.
  const scopes = values.scope.flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
  if (!clientId || scopes.length === 0) throw new Error(USAGE);
  const unknown = scopes.filter((s) => s !== "*" && !isScope(s));
  if (unknown.length > 0) throw new Error(`Unknown scope(s): ${unknown.join(", ")}`);
  const tenant = await findTenantByClientId(clientId);
  if (!tenant) throw new Error(`No tenant with clientId ${clientId}`);

  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = values.kid ?? `${clientId}-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
  const [key] = await registerJwtKey(systemContext(tenant.id, "cli"), {
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
    kid,
    issuer: values.issuer,
    audience: values.audience,
  });
  if (!key) throw new Error("The key was not registered");

  const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const folder = path.join(dataDir(), "jwt");
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const keyFile = path.join(folder, `${key.kid}.pem`);
  writeFileSync(keyFile, privatePem, { mode: 0o600 });

  const token = await new SignJWT({ scope: scopes, ...(values.role ? { role: values.role } : {}) })
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid })
    .setSubject(values.sub)
    .setIssuer(key.issuer)
    .setAudience(key.audience)
    .setIssuedAt()
    .setExpirationTime(values.expires)
    .sign(await importPKCS8(privatePem, "RS256"));

  console.error(`Registered JWT key "${key.kid}" for ${tenant.name} (iss ${key.issuer}, aud ${key.audience}).`);
  console.error(`Private key: ${keyFile} (sign more tokens with it; revoke the key in Settings → JWT keys).`);
  console.error(`Token (scopes ${scopes.join(" ")}${values.role ? `, role ${values.role}` : ""}, expires in ${values.expires}):`);
  // The token alone on stdout, so TOKEN=$(npm run -s jwt:issue -- …) works.
  console.log(token);
  await closeDb();
});
