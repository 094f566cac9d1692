import { getNlp } from "./wink";

export type SentimentLabel = "positive" | "neutral" | "negative";

export interface Sentiment {
  label: SentimentLabel;
  /** wink-nlp's document sentiment, -1 (negative) to 1 (positive). */
  score: number;
  /** 0-1: how clearly the text leans to its label. */
  confidence: number;
}

/** Scores within ±NEUTRAL_BAND read as neutral. */
const NEUTRAL_BAND = 0.05;

/** Sentiment of a text, offline (wink-nlp's packaged model). Empty text is neutral. */
export function sentimentOf(text: string): Sentiment {
  const trimmed = text.trim();
  if (!trimmed) return { label: "neutral", score: 0, confidence: 0.5 };
  const nlp = getNlp();
  const score = Number(nlp.readDoc(trimmed).out(nlp.its.sentiment)) || 0;
  const label: SentimentLabel = score > NEUTRAL_BAND ? "positive" : score < -NEUTRAL_BAND ? "negative" : "neutral";
  // Distance from the neutral band, squashed into 0.5-1 for a leaning text.
  const confidence = label === "neutral" ? 1 - Math.abs(score) / NEUTRAL_BAND / 2 : Math.min(1, 0.5 + Math.abs(score) / 2 + 0.1);
  return { label, score: round(score), confidence: round(confidence) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
