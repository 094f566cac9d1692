import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

// One instance per process: the model takes ~0.2 s to load, and a second
// instance was seen losing custom-entity matches (../shared/STACK.md).
const globalForNlp = globalThis as typeof globalThis & { __crmNlp?: WinkMethods };

/** wink-nlp with its packaged English model (offline: nothing is downloaded). */
export function getNlp(): WinkMethods {
  globalForNlp.__crmNlp ??= winkNLP(model);
  return globalForNlp.__crmNlp;
}
