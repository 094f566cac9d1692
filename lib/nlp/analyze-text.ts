import { entitiesIn, type Entity } from "./entities";
import { sentimentOf, type Sentiment } from "./sentiment";
import { summaryOf } from "./summary";
import { getNlp } from "./wink";

export type AnalysisType = "sentiment" | "entities" | "summary" | "all";

export interface TextAnalysis {
  sentiment?: Sentiment;
  entities?: Entity[];
  summary?: string;
}

/**
 * Sentiment, entities and summary of a text, offline. `sentiment` and `all`
 * give all three (the gateway seed's `sentiment` example answers all three);
 * `entities` and `summary` give just that.
 */
export function analyzeText(text: string, type: AnalysisType): TextAnalysis {
  const trimmed = text.trim();
  const nlp = getNlp();
  const doc = nlp.readDoc(trimmed);
  const full = type === "sentiment" || type === "all";
  const entities = entitiesIn(doc);
  if (type === "entities") return { entities };
  const sentiment = sentimentOf(trimmed);
  const summary = summaryOf(doc, sentiment, entities);
  if (type === "summary") return { summary };
  return full ? { sentiment, entities, summary } : {};
}
