import type { Document, ItemEntity } from "wink-nlp";
import { ENTITY_LEXICON, LONGEST_ENTITY_PHRASE, ORGANISATION_SUFFIXES, PERSON_TITLES, type EntityType } from "./entity-lexicon";
import { getNlp } from "./wink";

export interface Entity {
  /** The words as written in the text. */
  text: string;
  type: EntityType;
  /** 0-1: how surely these words are this type. */
  confidence: number;
}

/** Words that introduce a person's name in sales notes ("spoke with Jane Smith"). */
const PERSON_CUES = ["spoke with", "spoke to", "call with", "meeting with", "met with", "my name is", "contact is", "talked to", "emailed"];

/** Entities in a text: the CRM lexicon, name patterns, then wink-nlp's own (money, dates, emails…). */
export function entitiesOf(text: string): Entity[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const nlp = getNlp();
  return entitiesIn(nlp.readDoc(trimmed));
}

/** entitiesOf for a document already read (one parse serves sentiment, entities and summary). */
export function entitiesIn(doc: Document): Entity[] {
  const its = getNlp().its;
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  // wink's typings declare `lemma` with the model's add-ons as a parameter; it is read like `normal`.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.normal) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const shapes = tokens.out(its.shape) as string[];
  const taken = new Array<boolean>(values.length).fill(false);
  const found: (Entity & { at: number })[] = [];
  // Words as written, joined the way they were ("monday.com", "sign-on").
  const span = (from: number, to: number, source: string[]) =>
    source.slice(from, to + 1).reduce((all, word, k) => all + (k === 0 ? "" : spaces[from + k] ? " " : "") + word, "");
  const add = (from: number, to: number, type: EntityType, confidence: number) => {
    for (let k = from; k <= to; k++) taken[k] = true;
    found.push({ text: span(from, to, values), type, confidence, at: from });
  };

  // 1. The CRM lexicon, longest phrase first.
  for (let i = 0; i < normals.length; i++) {
    for (let length = Math.min(LONGEST_ENTITY_PHRASE + 2, normals.length - i); length >= 1; length--) {
      // As written first ("pricing" is a feature), then by lemma ("dashboards" → "dashboard").
      const hit = ENTITY_LEXICON.get(span(i, i + length - 1, normals)) ?? ENTITY_LEXICON.get(span(i, i + length - 1, lemmas));
      if (hit) {
        add(i, i + length - 1, hit.type, hit.confidence);
        i += length - 1;
        break;
      }
    }
  }

  // 2. Names: "Dr Jane Smith", "spoke with Jane Smith" (people); "Acme Corp", "Globex Ltd" (organisations).
  const capitalised = (k: number) => !taken[k] && /^X[x]+\.?$/.test(shapes[k] ?? "") && !PERSON_TITLES.has(normals[k]!);
  const nameEnd = (start: number) => {
    let end = start - 1;
    while (end + 1 < values.length && end - start < 2 && capitalised(end + 1)) end++;
    return end;
  };
  for (let i = 0; i < normals.length; i++) {
    if (taken[i]) continue;
    if (PERSON_TITLES.has(normals[i]!)) {
      const end = nameEnd(i + 1);
      if (end > i) add(i, end, "person", 0.85);
      continue;
    }
    const cue = PERSON_CUES.find((phrase) => span(i, i + phrase.split(" ").length - 1, normals) === phrase);
    if (cue) {
      const start = i + cue.split(" ").length;
      const end = nameEnd(start);
      // A name followed by a company suffix is an organisation; step 3 takes it.
      if (end >= start && !ORGANISATION_SUFFIXES.has(normals[end + 1] ?? "")) add(start, end, "person", end > start ? 0.75 : 0.6);
      continue;
    }
    if (ORGANISATION_SUFFIXES.has(normals[i]!) && /^X/.test(shapes[i] ?? "")) {
      let start = i;
      while (start - 1 >= 0 && i - start < 3 && capitalised(start - 1)) start--;
      if (start < i) add(start, i, "organisation", 0.85);
    }
  }

  // 3. wink-nlp's own entities, where nothing above claimed the words.
  doc.entities().each((entity: ItemEntity) => {
    const [from, to] = entity.out(its.span) as unknown as [number, number];
    for (let k = from; k <= to; k++) if (taken[k]) return;
    const type = (entity.out(its.type) as string).toLowerCase() as EntityType;
    add(from, to, type, WINK_CONFIDENCE[type] ?? 0.8);
  });

  // In reading order, whichever step found them.
  return dedupe(found.sort((a, b) => a.at - b.at).map(({ text, type, confidence }) => ({ text, type, confidence })));
}

/** wink-nlp's entities come from patterns; money, emails and URLs are near certain, bare numbers less telling. */
const WINK_CONFIDENCE: Partial<Record<EntityType, number>> = {
  money: 0.95,
  email: 0.99,
  url: 0.99,
  date: 0.9,
  time: 0.9,
  percent: 0.95,
  duration: 0.88,
  cardinal: 0.8,
  ordinal: 0.85,
};

/** One entry per (text, type), in order of first appearance. */
function dedupe(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => {
    const key = `${entity.type}:${entity.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
