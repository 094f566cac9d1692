import { getDb } from "@/lib/db/client";
import { TOPIC_TYPES } from "@/lib/nlp/entity-lexicon";
import { entitiesOf } from "@/lib/nlp/entities";
import { sentimentOf, type Sentiment } from "@/lib/nlp/sentiment";
import type { CrmContext } from "../context";
import { NotFound } from "../errors";
import { isUuid } from "../uuid";

export interface LeadSentiment {
  leadId: string;
  sentiment: Sentiment;
  /** What the lead's texts talk about (the CRM lexicon's topics), most mentioned first. */
  entities: string[];
  /** How many texts were read: the lead's notes and its interactions. */
  textCount: number;
  analyzedAt: Date;
}

/** The newest interactions read; older ones say less about how the lead feels now. */
const MAX_INTERACTIONS = 200;

/**
 * Sentiment of what the lead and the reps wrote: the lead's notes and its
 * interactions' subjects, notes and outcomes, read as one text (offline NLP).
 * A lead with no text is neutral.
 */
export async function leadSentiment(ctx: CrmContext, leadId: string): Promise<LeadSentiment> {
  if (!isUuid(leadId)) throw new NotFound("Lead");
  const db = await getDb();
  const lead = await db.lead.findFirst({ where: { id: leadId, tenantId: ctx.tenantId }, select: { id: true, notes: true } });
  if (!lead) throw new NotFound("Lead");
  const interactions = await db.interaction.findMany({
    where: { tenantId: ctx.tenantId, leadId: lead.id },
    orderBy: { occurredAt: "desc" },
    take: MAX_INTERACTIONS,
    select: { subject: true, notes: true, outcome: true },
  });
  const texts = [lead.notes, ...interactions.flatMap((i) => [i.subject, i.notes, i.outcome])]
    .map((text) => text?.trim())
    .filter((text): text is string => Boolean(text));
  // Each text ends as a sentence of its own, so one note's words never run into the next.
  const text = texts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(" ");
  const mentions = new Map<string, number>();
  for (const entity of entitiesOf(text)) {
    if (TOPIC_TYPES.has(entity.type)) mentions.set(entity.text.toLowerCase(), (mentions.get(entity.text.toLowerCase()) ?? 0) + 1);
  }
  return {
    leadId: lead.id,
    sentiment: sentimentOf(text),
    entities: [...mentions.keys()],
    textCount: texts.length,
    analyzedAt: new Date(),
  };
}
