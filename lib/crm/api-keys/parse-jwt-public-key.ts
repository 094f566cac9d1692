import { createHash, createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import { ValidationFailed } from "../errors";

export interface ParsedJwtKey {
  /** The key's own `kid` (JWK), if it names one. */
  kid?: string;
  /** SPKI PEM, the form the verifier imports. */
  publicKeyPem: string;
  /** RFC 7638 thumbprint: the default kid of a key that names none. */
  thumbprint: string;
  bits: number;
}

const MIN_BITS = 2048;

/**
 * RS256 public keys as people paste them: a PEM (`BEGIN PUBLIC KEY` or
 * `BEGIN RSA PUBLIC KEY`), one JWK, or a JWKS document (`{"keys":[…]}`, each
 * RSA key taken). Private keys are refused, never stored: pasting one by
 * mistake must not leave it in the database.
 */
export function parseJwtPublicKeys(text: string): ParsedJwtKey[] {
  const input = text.trim();
  if (!input) throw invalid("Paste a public key (PEM) or a JWKS JSON document");
  if (/PRIVATE KEY-----/.test(input)) throw invalid("This is a private key. Paste the public key only (and keep the private key secret)");
  if (input.startsWith("{")) return parseJwks(input);
  if (!/^-----BEGIN (RSA )?PUBLIC KEY-----/.test(input)) throw invalid("Not a PEM public key or a JSON web key");
  let key: KeyObject;
  try {
    key = createPublicKey({ key: input, format: "pem" });
  } catch {
    throw invalid("The PEM could not be read as a public key");
  }
  return [describe(key, undefined)];
}

function parseJwks(input: string): ParsedJwtKey[] {
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch {
    throw invalid("The JSON could not be parsed");
  }
  const jwks = (json as { keys?: unknown }).keys;
  const candidates = Array.isArray(jwks) ? jwks : [json];
  const keys: ParsedJwtKey[] = [];
  for (const candidate of candidates) {
    const jwk = candidate as JsonWebKey & { kid?: unknown; use?: unknown; alg?: unknown };
    if (typeof jwk !== "object" || jwk === null || jwk.kty !== "RSA") continue;
    if (jwk.d !== undefined) throw invalid("This JWK holds a private key. Paste the public key only");
    if (jwk.use !== undefined && jwk.use !== "sig") continue;
    if (jwk.alg !== undefined && jwk.alg !== "RS256") continue;
    let key: KeyObject;
    try {
      key = createPublicKey({ key: { kty: "RSA", n: jwk.n, e: jwk.e }, format: "jwk" });
    } catch {
      throw invalid("A JWK could not be read as an RSA public key");
    }
    keys.push(describe(key, typeof jwk.kid === "string" && jwk.kid ? jwk.kid : undefined));
  }
  if (keys.length === 0) throw invalid("No RS256 signing key (kty RSA) in the JSON");
  return keys;
}

function describe(key: KeyObject, kid: string | undefined): ParsedJwtKey {
  if (key.asymmetricKeyType !== "rsa") throw invalid("Only RSA keys can verify RS256 tokens");
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_BITS) throw invalid(`RSA keys must have at least ${MIN_BITS} bits (this one has ${bits})`);
  const jwk = key.export({ format: "jwk" });
  // RFC 7638: SHA-256 of the required members in lexicographic order, base64url.
  const thumbprint = createHash("sha256")
    .update(JSON.stringify({ e: jwk.e, kty: "RSA", n: jwk.n }))
    .digest("base64url");
  return { kid, publicKeyPem: key.export({ type: "spki", format: "pem" }).toString(), thumbprint, bits };
}

function invalid(message: string): ValidationFailed {
  return new ValidationFailed([{ field: "public_key", message }]);
}
