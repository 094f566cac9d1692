import type { Document, ItemSentence, ItemToken } from "wink-nlp";
import { TOPIC_TYPES } from "./entity-lexicon";
import type { Entity } from "./entities";
import type { Sentiment } from "./sentiment";
import { getNlp } from "./wink";

const MAX_SENTENCES = 3;

/**
 * An extractive summary: the sentences that carry most of the text's content
 * words, in their original order (about a third of them, at most three).
 * A text of one or two sentences has nothing to extract from, so it gets a
 * one-line description instead, built from its sentiment and topics, e.g.
 * "Highly positive feedback about product, pricing, and support".
 */
export function summaryOf(doc: Document, sentiment: Sentiment, entities: Entity[]): string {
  const its = getNlp().its;
  const sentences = doc.sentences().out() as string[];
  if (sentences.length === 0) return "";
  if (sentences.length <= 2) return describe(sentiment, entities, sentences[0]!);

  // Content-word frequencies over the whole text.
  const frequency = new Map<string, number>();
  const perSentence: string[][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const words: string[] = [];
    sentence.tokens().each((token: ItemToken) => {
      if (token.out(its.type) === "word" && !token.out(its.stopWordFlag)) words.push(token.out(its.lemma as unknown as typeof its.normal) as string);
    });
    perSentence.push(words);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  });
  const topics = new Set(entities.filter((e) => TOPIC_TYPES.has(e.type)).map((e) => e.text.toLowerCase()));
  const scored = perSentence.map((words, index) => {
    const weight = words.reduce((sum, word) => sum + (frequency.get(word) ?? 0) + (topics.has(word) ? 1 : 0), 0);
    // Square root of length: long sentences should not win only by being long.
    return { index, score: words.length ? weight / Math.sqrt(words.length) : 0 };
  });
  const keep = Math.min(MAX_SENTENCES, Math.max(1, Math.round(sentences.length / 3)));
  const chosen = scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, keep)
    .map((s) => s.index)
    .sort((a, b) => a - b);
  return chosen.map((index) => sentences[index]!.trim()).join(" ");
}

function describe(sentiment: Sentiment, entities: Entity[], firstSentence: string): string {
  const topics = [...new Set(entities.filter((e) => TOPIC_TYPES.has(e.type)).map((e) => e.text.toLowerCase()))].slice(0, 4);
  if (topics.length === 0) return firstSentence.trim().slice(0, 200);
  const strength = sentiment.label === "neutral" ? "" : Math.abs(sentiment.score) >= 0.5 ? "Highly " : "Mostly ";
  const what = sentiment.label === "neutral" ? "Neutral message" : `${strength}${sentiment.label} feedback`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} about ${listOf(topics)}`;
}

/** "a", "a and b", "a, b, and c". */
function listOf(items: string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}
