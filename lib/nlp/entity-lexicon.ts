/** Entity types the analyzer reports: the CRM lexicon's, the patterns', and wink-nlp's own (lower-cased). */
export type EntityType =
  | "product"
  | "feature"
  | "service"
  | "price"
  | "competitor"
  | "person"
  | "organisation"
  | "money"
  | "date"
  | "time"
  | "duration"
  | "cardinal"
  | "ordinal"
  | "percent"
  | "email"
  | "url"
  | "hashtag"
  | "mention"
  | "emoji"
  | "emoticon";

/** The CRM types, those that describe what a text is about (the sentiment endpoint lists these). */
export const TOPIC_TYPES: ReadonlySet<EntityType> = new Set(["product", "feature", "service", "price", "competitor"]);

type Entry = [phrase: string, type: EntityType, confidence: number];

/**
 * What sales and support text talks about, matched on wink-nlp's normalised
 * tokens (longest phrase first). Confidence says how surely the phrase means
 * that type in CRM text ("support" is nearly always the service; "plan" is
 * often, not always, a price plan). The gateway seed's example fixes three:
 * product 0.95, pricing (a feature) 0.88, support (a service) 0.90.
 */
const ENTRIES: Entry[] = [
  // product
  ["product", "product", 0.95],
  ["products", "product", 0.93],
  ["platform", "product", 0.85],
  ["software", "product", 0.88],
  ["app", "product", 0.85],
  ["mobile app", "product", 0.92],
  ["application", "product", 0.8],
  ["tool", "product", 0.8],
  ["crm", "product", 0.9],
  ["system", "product", 0.7],
  // feature
  ["pricing", "feature", 0.88],
  ["dashboard", "feature", 0.88],
  ["reports", "feature", 0.85],
  ["reporting", "feature", 0.86],
  ["integration", "feature", 0.87],
  ["integrations", "feature", 0.87],
  ["api", "feature", 0.9],
  ["automation", "feature", 0.86],
  ["workflow", "feature", 0.84],
  ["pipeline", "feature", 0.84],
  ["lead scoring", "feature", 0.9],
  ["search", "feature", 0.75],
  ["import", "feature", 0.78],
  ["export", "feature", 0.78],
  ["calendar sync", "feature", 0.9],
  ["notifications", "feature", 0.82],
  ["reminders", "feature", 0.82],
  ["webhooks", "feature", 0.9],
  ["sso", "feature", 0.9],
  ["single sign-on", "feature", 0.9],
  ["analytics", "feature", 0.85],
  ["custom fields", "feature", 0.88],
  ["call ribbon", "feature", 0.9],
  ["templates", "feature", 0.8],
  ["interface", "feature", 0.8],
  ["security", "feature", 0.75],
  ["login", "feature", 0.78],
  // service
  ["support", "service", 0.9],
  ["customer support", "service", 0.93],
  ["customer service", "service", 0.93],
  ["support team", "service", 0.92],
  ["service", "service", 0.85],
  ["onboarding", "service", 0.9],
  ["training", "service", 0.86],
  ["implementation", "service", 0.84],
  ["migration", "service", 0.84],
  ["account manager", "service", 0.88],
  ["customer success", "service", 0.9],
  ["consulting", "service", 0.85],
  ["setup", "service", 0.75],
  // price
  ["price", "price", 0.92],
  ["prices", "price", 0.92],
  ["cost", "price", 0.88],
  ["costs", "price", 0.88],
  ["quote", "price", 0.86],
  ["discount", "price", 0.9],
  ["fee", "price", 0.88],
  ["fees", "price", 0.88],
  ["subscription", "price", 0.85],
  ["plan", "price", 0.7],
  ["enterprise plan", "price", 0.9],
  ["annual plan", "price", 0.9],
  ["licence", "price", 0.8],
  ["license", "price", 0.8],
  ["licences", "price", 0.8],
  ["licenses", "price", 0.8],
  ["invoice", "price", 0.8],
  ["billing", "price", 0.82],
  ["budget", "price", 0.8],
  ["renewal", "price", 0.75],
  // competitor
  ["salesforce", "competitor", 0.95],
  ["hubspot", "competitor", 0.95],
  ["pipedrive", "competitor", 0.95],
  ["zoho", "competitor", 0.93],
  ["zoho crm", "competitor", 0.95],
  ["freshsales", "competitor", 0.95],
  ["dynamics 365", "competitor", 0.93],
  ["microsoft dynamics", "competitor", 0.95],
  ["monday.com", "competitor", 0.9],
  ["zendesk", "competitor", 0.9],
  ["intercom", "competitor", 0.88],
  ["sugarcrm", "competitor", 0.95],
  ["insightly", "competitor", 0.95],
  ["copper", "competitor", 0.6],
  ["keap", "competitor", 0.85],
  ["close.com", "competitor", 0.9],
];

export const ENTITY_LEXICON: ReadonlyMap<string, { type: EntityType; confidence: number }> = new Map(
  ENTRIES.map(([phrase, type, confidence]) => [phrase, { type, confidence }]),
);
export const LONGEST_ENTITY_PHRASE = Math.max(...ENTRIES.map(([phrase]) => phrase.split(" ").length));

/** Words after a name that make it an organisation ("Acme Corp", "Globex Ltd"). */
export const ORGANISATION_SUFFIXES: ReadonlySet<string> = new Set([
  "inc",
  "inc.",
  "ltd",
  "ltd.",
  "llc",
  "corp",
  "corp.",
  "corporation",
  "gmbh",
  "plc",
  "limited",
  "co",
  "co.",
  "group",
  "ag",
  "sa",
  "bv",
]);

/** Titles before a person's name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir"]);
