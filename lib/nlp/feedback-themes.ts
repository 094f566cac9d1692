import type { ItemSentence, ItemToken } from "wink-nlp";
import { getNlp } from "./wink";

/** Nouns too general to be a theme on their own. */
const GENERIC = new Set([
  "thing",
  "things",
  "lot",
  "time",
  "way",
  "bit",
  "everything",
  "anything",
  "nothing",
  "something",
  "day",
  "week",
  "month",
  "year",
  "today",
  "experience",
  "overall",
  "stuff",
  "job",
  "issue",
  "problem",
  "one",
  "thank",
  "thanks",
  "hour",
  "minute",
]);

/** Singular form for the plurals the model leaves alone (capitalised at a sentence start). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/**
 * The topics a feedback comment talks about: its nouns (lemmatised, stop
 * words and generic nouns dropped), offline with wink-nlp. A capitalised word
 * counts only at the start of a sentence with a verb after it (where the
 * tagger reads ordinary nouns as proper nouns: "Pricing is…"), so people's
 * and companies' names are not themes.
 * Each theme appears once per comment, at most `limit` themes.
 */
export function extractThemes(text: string, limit = 8): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const nlp = getNlp();
  const its = nlp.its;
  const themes: string[] = [];
  nlp
    .readDoc(trimmed)
    .sentences()
    .each((sentence: ItemSentence) => {
      const tags = sentence.tokens().out(its.pos);
      sentence.tokens().each((token: ItemToken, index: number) => {
        const pos = token.out(its.pos);
        // A sentence-initial "proper noun" followed by a verb is an ordinary noun as subject ("Pricing is…").
        const subject = pos === "PROPN" && index === 0 && (tags[1] === "AUX" || tags[1] === "VERB");
        if (pos !== "NOUN" && !subject) return;
        if (token.out(its.stopWordFlag)) return;
        const normal = token.out(its.normal);
        if (!/^[a-z][a-z-]{2,}$/.test(normal)) return;
        // wink-nlp types its.lemma with a model-addons parameter `out` does not declare; at run time it is a plain its function.
        const theme = singular(pos === "NOUN" ? token.out(its.lemma as unknown as typeof its.normal) : normal);
        if (GENERIC.has(theme) || themes.includes(theme)) return;
        themes.push(theme);
      });
    });
  return themes.slice(0, limit);
}
