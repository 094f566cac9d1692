import { entitiesOf } from "./entities";

export type LeadClass = "enterprise" | "mid_market" | "smb" | "individual";
export type LeadPriority = "high" | "medium" | "low";
export type RecommendedAction = "schedule_demo" | "send_pricing" | "nurture" | "qualify";

export interface LeadClassificationInput {
  text: string;
  companySize?: string;
  industry?: string;
}

export interface LeadClassification {
  classification: LeadClass;
  confidence: number;
  priority: LeadPriority;
  recommendedAction: RecommendedAction;
  tags: string[];
  /** Why: each rule that fired, for people reading the result. */
  signals: string[];
}

/**
 * Deterministic lead classification: documented rules, no model. Each rule
 * below that fires casts one vote for a class; the class with most votes
 * wins (ties go to the larger class: a big buyer misread as small costs more
 * than the reverse). Confidence = 0.5 + 0.13 × (winning votes − other votes),
 * between 0.35 and 0.97; no vote at all → smb at 0.35 and "qualify".
 * The README ("Gateway and text analytics") lists the same rules.
 */
const CLASS_ORDER: LeadClass[] = ["enterprise", "mid_market", "smb", "individual"];

/** context.company_size words. Numbers ("250", "500+", "10-50") go by SIZE_THRESHOLDS (upper bound). */
const COMPANY_SIZE_WORDS: Record<string, LeadClass> = {
  large: "enterprise",
  enterprise: "enterprise",
  corporate: "enterprise",
  big: "enterprise",
  xl: "enterprise",
  medium: "mid_market",
  mid: "mid_market",
  "mid-size": "mid_market",
  midsize: "mid_market",
  mid_market: "mid_market",
  "mid-market": "mid_market",
  small: "smb",
  smb: "smb",
  startup: "smb",
  micro: "smb",
  individual: "individual",
  solo: "individual",
  personal: "individual",
  freelancer: "individual",
  "self-employed": "individual",
};

/** Head counts (users, seats, employees) → class: ≥ 500 enterprise, ≥ 50 mid-market, ≥ 2 smb, 1 individual. */
const SIZE_THRESHOLDS: [number, LeadClass][] = [
  [500, "enterprise"],
  [50, "mid_market"],
  [2, "smb"],
  [1, "individual"],
];

/** Words in the text that point to a class (each group votes once). */
const CLASS_KEYWORDS: Record<LeadClass, RegExp> = {
  enterprise:
    /\b(enterprise|sso|saml|single sign-on|sla|procurement|compliance|on-prem(ise)?|multinational|global rollout|rfp|security review|data residency)\b/i,
  mid_market: /\b(mid-?size|mid-?market|growing (team|company)|several teams|multiple (teams|departments|offices)|regional)\b/i,
  smb: /\b(small business|small team|startup|start-up|shop|family business|local business)\b/i,
  individual: /\b(freelancer?|just me|myself|personal use|sole trader|one-person|solo)\b/i,
};

const HEAD_COUNT = /(\d[\d,.]*)\s*(k)?\s*(\+|plus)?\s*(users|seats|employees|people|staff|agents|reps|licen[cs]es|members|sales reps)\b/i;

/** Buying intent: raises priority one step for mid-market and smb. */
const INTENT =
  /\b(looking for|need|needs|evaluating|evaluate|budget|purchase|buy|ready to|sign|contract|proposal|solution|replace|switch(ing)? from|implement)\b/i;
const URGENCY = /\b(asap|urgent(ly)?|immediately|this week|this month|right away|by (monday|tuesday|wednesday|thursday|friday|end of (the )?month))\b/i;
const DEMO_ASK = /\b(demo|demonstration|walkthrough|walk-through|see it in action|product tour)\b/i;
const PRICE_ASK = /\b(pricing|price|prices|quote|cost|costs|how much)\b/i;
const REGULATED = /\b(finance|financial|bank(ing)?|insurance|health(care)?|hospital|pharma(ceutical)?|government|public sector|legal)\b/i;

const SIZE_TAG: Record<LeadClass, string> = {
  enterprise: "large_company",
  mid_market: "mid_size_company",
  smb: "small_company",
  individual: "individual_buyer",
};

export function classifyLead(input: LeadClassificationInput): LeadClassification {
  const text = input.text.trim();
  const votes = new Map<LeadClass, number>();
  const signals: string[] = [];
  const vote = (cls: LeadClass, why: string) => {
    votes.set(cls, (votes.get(cls) ?? 0) + 1);
    signals.push(`${why} → ${cls}`);
  };

  const size = input.companySize?.trim().toLowerCase();
  if (size) {
    const byWord = COMPANY_SIZE_WORDS[size];
    const count = byWord ? undefined : headCount(size);
    const cls = byWord ?? (count !== undefined ? bySize(count) : undefined);
    if (cls) vote(cls, `company_size "${input.companySize}"`);
  }
  const mentioned = HEAD_COUNT.exec(text);
  if (mentioned) {
    const count = Number(mentioned[1]!.replace(/[,.]/g, "")) * (mentioned[2] ? 1000 : 1);
    vote(bySize(count), `"${mentioned[0]}" in the text`);
  }
  for (const cls of CLASS_ORDER) {
    const word = CLASS_KEYWORDS[cls].exec(text);
    if (word) vote(cls, `"${word[0]}" in the text`);
  }

  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const classification =
    total === 0 ? "smb" : CLASS_ORDER.reduce((best, cls) => ((votes.get(cls) ?? 0) > (votes.get(best) ?? 0) ? cls : best), CLASS_ORDER[0]!);
  const winning = votes.get(classification) ?? 0;
  const confidence = total === 0 ? 0.35 : clamp(0.5 + 0.13 * (winning - (total - winning)), 0.35, 0.97);

  const intent = INTENT.test(text);
  const urgent = URGENCY.test(text);
  const demo = DEMO_ASK.test(text);
  const price = PRICE_ASK.test(text);
  let priority = basePriority(classification, intent || demo || price);
  if (urgent && priority !== "high") priority = priority === "low" ? "medium" : "high";
  if (total === 0 && !urgent) priority = "low";

  const recommendedAction: RecommendedAction =
    total === 0
      ? "qualify"
      : demo
        ? "schedule_demo"
        : price
          ? "send_pricing"
          : priority === "high"
            ? "schedule_demo"
            : priority === "medium"
              ? "send_pricing"
              : "nurture";

  const tags = [classification, SIZE_TAG[classification]];
  if (classification === "enterprise" || priority === "high") tags.push("high_value");
  if (urgent) tags.push("urgent");
  if (demo) tags.push("demo_requested");
  if (price) tags.push("pricing_requested");
  if (input.industry && REGULATED.test(input.industry)) tags.push("regulated_industry");
  if (entitiesOf(text).some((e) => e.type === "competitor")) tags.push("competitor_mentioned");
  if (total === 0) tags.push("needs_qualification");

  return { classification, confidence: round(confidence), priority, recommendedAction, tags, signals };
}

function basePriority(cls: LeadClass, intent: boolean): LeadPriority {
  if (cls === "enterprise") return "high";
  if (cls === "mid_market") return intent ? "high" : "medium";
  if (cls === "smb") return intent ? "medium" : "low";
  return "low";
}

function headCount(text: string): number | undefined {
  // "10-50" → 50 (the upper bound), "500+" → 500, "1,200" → 1200.
  const numbers = text.match(/\d[\d,]*/g)?.map((n) => Number(n.replace(/,/g, "")));
  return numbers && numbers.length > 0 ? Math.max(...numbers) : undefined;
}

function bySize(count: number): LeadClass {
  return SIZE_THRESHOLDS.find(([min]) => count >= min)?.[1] ?? "individual";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
