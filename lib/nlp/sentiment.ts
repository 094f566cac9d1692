import { getNlp } from "./wink";
import { CRM_POLARITY, NEUTRAL_IN_CRM } from "./sentiment-lexicon";

export type SentimentLabel = "positive" | "neutral" | "negative";

export interface Sentiment {
  label: SentimentLabel;
  /** -1 (negative) to 1 (positive): wink-nlp's document sentiment with the CRM lexicon applied. */
  score: number;
  /** 0-1: how clearly the text leans to its label. */
  confidence: number;
}

/** Scores within ±NEUTRAL_BAND read as neutral. */
const NEUTRAL_BAND = 0.05;
const LONGEST_PHRASE = Math.max(...[...CRM_POLARITY.keys()].map((phrase) => phrase.split(" ").length));

/**
 * Sentiment of a text, offline: wink-nlp's packaged model scores the text
 * without the words that are neutral in CRM notes, and the CRM lexicon adds
 * what sales text means by "overpriced", "churn" or "no issues"
 * (lib/nlp/sentiment-lexicon.ts). Empty text is neutral. Accuracy on the
 * shipped labelled set: see sentiment-accuracy.test.ts and the README.
 */
export function sentimentOf(text: string): Sentiment {
  const trimmed = text.trim();
  if (!trimmed) return { label: "neutral", score: 0, confidence: 0.5 };
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(trimmed);
  const tokens = doc.tokens();
  const normals = tokens.out(its.normal) as string[];
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const negated = tokens.out(its.negationFlag) as unknown as boolean[];

  let domain = 0;
  let kept = "";
  let dropped = false;
  for (let i = 0; i < normals.length;) {
    const phrase = longestPhraseAt(normals, i);
    if (phrase) {
      // A one-word entry flips after a negation ("not slow"); phrases carry their own.
      const flip = phrase.length === 1 && negated[i] ? -1 : 1;
      domain += phrase.weight * flip;
    }
    const step = phrase?.length ?? 1;
    for (let j = i; j < i + step; j++) {
      if (NEUTRAL_IN_CRM.has(normals[j]!)) dropped = true;
      else kept += `${spaces[j] ?? ""}${values[j]}`;
    }
    i += step;
  }
  const general = dropped ? Number(nlp.readDoc(kept.trim() || ".").out(its.sentiment)) || 0 : Number(doc.out(its.sentiment)) || 0;
  const score = Math.max(-1, Math.min(1, general + domain));
  const label: SentimentLabel = score > NEUTRAL_BAND ? "positive" : score < -NEUTRAL_BAND ? "negative" : "neutral";
  // Distance from the neutral band, squashed into 0.6-1 for a leaning text.
  const confidence = label === "neutral" ? 1 - Math.abs(score) / NEUTRAL_BAND / 2 : Math.min(1, 0.5 + Math.abs(score) / 2 + 0.1);
  return { label, score: round(score), confidence: round(confidence) };
}

function longestPhraseAt(normals: string[], start: number): { length: number; weight: number } | null {
  for (let length = Math.min(LONGEST_PHRASE, normals.length - start); length >= 1; length--) {
    const weight = CRM_POLARITY.get(normals.slice(start, start + length).join(" "));
    if (weight !== undefined) return { length, weight };
  }
  return null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
