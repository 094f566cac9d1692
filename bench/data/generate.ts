// The shared benchmark data generator: fills one tenant on PostgreSQL with
// realistic leads, customers, interactions and orders, all in SQL
// (generate_series + INSERT … SELECT), so a million leads take seconds, not
// hours. One function per entity, reusable by any benchmark:
//
//   import { fillLeads, fillCustomers, … } from "./data/generate";
//   npm run bench:data -- --leads 1000000 [--client-id bench-data] [--customers N] [--interactions N] [--orders N]
import type pg from "pg";

export interface BenchTenant {
  tenantId: string;
  userIds: string[];
  campaignIds: string[];
}

/** Deterministic UUID (v4 form) from a SQL text expression. */
const uuidOf = (text: string) => `(substr(md5(${text}), 1, 12) || '4' || substr(md5(${text}), 14, 3) || '8' || substr(md5(${text}), 18, 15))::uuid`;

const FIRST = `(ARRAY['Ada','Alan','Grace','Linus','Margaret','Ken','Barbara','Dennis','Frances','John','Zoë','Søren','Amélie','Raj','Mei','Olu'])`;
const LAST = `(ARRAY['Lovelace','Turing','Hopper','Torvalds','Hamilton','Thompson','Liskov','Ritchie','Allen','Backus','Müller','García','Okafor','Tanaka','Singh','Novak'])`;
const COMPANY = `(ARRAY['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Wonka','Tyrell','Cyberdyne','Soylent','Vandelay'])`;

/** `count` leads over the last two years: every status and source, three owners, some campaigns, phones, scores. */
export async function fillLeads(client: pg.Client, t: BenchTenant, count: number, startSeq = 1): Promise<void> {
  await client.query(
    `INSERT INTO "Lead" ("id","tenantId","seq","name","firstName","lastName","email","phone","phoneNormalized","company","source","status","score","notes",
       "campaignId","assignedToId","lastContactAt","customFields","createdAt","updatedAt")
     SELECT ${uuidOf(`$1::text || ':lead:' || g`)}, $1::uuid, $2::int + g - 1,
       f || ' ' || l, f, l,
       lower(f) || '.' || lower(l) || '.' || g || '@' || lower(c) || '.example',
       '+44 7700 ' || lpad((g % 1000000)::text, 6, '0'), '447700' || lpad((g % 1000000)::text, 6, '0'),
       c || ' ' || (g % 997),
       (ARRAY['website','social','referral','email','phone','campaign','direct','other'])[1 + g % 8]::"LeadSource",
       (ARRAY['new','new','contacted','contacted','qualified','proposal','negotiation','converted','lost','won'])[1 + g % 10]::"LeadStatus",
       g % 101, CASE WHEN g % 3 = 0 THEN 'Interested in plan ' || (g % 5) END,
       CASE WHEN g % 4 = 0 THEN ($4::uuid[])[1 + g % greatest(array_length($4::uuid[], 1), 1)] END,
       ($3::uuid[])[1 + g % array_length($3::uuid[], 1)],
       CASE WHEN g % 2 = 0 THEN now() - (g % 700) * interval '1 day' + interval '1 hour' END,
       '{}'::jsonb, now() - (g % 730) * interval '1 day' - (g % 86400) * interval '1 second', now()
     FROM generate_series(1, $5::int) AS g,
       LATERAL (SELECT ${FIRST}[1 + g % 16] AS f, ${LAST}[1 + (g / 16) % 16] AS l, ${COMPANY}[1 + g % 12] AS c) n`,
    [t.tenantId, startSeq, t.userIds, t.campaignIds, count],
  );
  await client.query(
    `INSERT INTO "TenantCounter" ("tenantId","name","value") VALUES ($1::uuid, 'lead', $2)
     ON CONFLICT ("tenantId","name") DO UPDATE SET "value" = greatest("TenantCounter"."value", EXCLUDED."value")`,
    [t.tenantId, startSeq + count - 1],
  );
}

export async function fillCustomers(client: pg.Client, t: BenchTenant, count: number): Promise<void> {
  await client.query(
    `INSERT INTO "Customer" ("id","tenantId","seq","name","email","phone","company","type","status","billingAddress","paymentTerms","creditLimit","customFields","assignedToId","createdAt","updatedAt")
     SELECT ${uuidOf(`$1::text || ':customer:' || g`)}, $1::uuid, g, 'Customer ' || g, 'customer' || g || '@bench.example', '+1 555 ' || lpad(g::text, 7, '0'),
       ${COMPANY}[1 + g % 12] || ' ' || g, (CASE WHEN g % 3 = 0 THEN 'individual' ELSE 'business' END)::"CustomerType",
       (ARRAY['active','active','active','inactive','blocked'])[1 + g % 5]::"CustomerStatus", g || ' Main St', 'Net 30', (g % 50) * 1000.50,
       '{}'::jsonb, ($3::uuid[])[1 + g % array_length($3::uuid[], 1)], now() - (g % 700) * interval '1 day', now()
     FROM generate_series(1, $2::int) AS g`,
    [t.tenantId, count, t.userIds],
  );
  await client.query(
    `INSERT INTO "TenantCounter" ("tenantId","name","value") VALUES ($1::uuid, 'customer', $2) ON CONFLICT ("tenantId","name") DO UPDATE SET "value" = greatest("TenantCounter"."value", EXCLUDED."value")`,
    [t.tenantId, count],
  );
}

/** `count` interactions spread over the tenant's first leads, half with a next action. */
export async function fillInteractions(client: pg.Client, t: BenchTenant, count: number, leads: number): Promise<void> {
  await client.query(
    `INSERT INTO "Interaction" ("id","tenantId","leadId","userId","type","notes","occurredAt","nextAction","nextActionDate","createdAt","updatedAt")
     SELECT ${uuidOf(`$1::text || ':interaction:' || g`)}, $1::uuid, ${uuidOf(`$1::text || ':lead:' || (1 + g % $3::int)`)},
       ($4::uuid[])[1 + g % array_length($4::uuid[], 1)], (ARRAY['call','email','meeting','note'])[1 + g % 4]::"InteractionType",
       'Talked about plan ' || (g % 5), now() - (g % 600) * interval '1 day',
       CASE WHEN g % 2 = 0 THEN 'Send proposal' END, CASE WHEN g % 2 = 0 THEN now() + ((g % 60) - 30) * interval '1 day' END, now(), now()
     FROM generate_series(1, $2::int) AS g`,
    [t.tenantId, count, leads, t.userIds],
  );
}

/** `count` orders of one product over the tenant's customers. */
export async function fillOrders(client: pg.Client, t: BenchTenant, count: number, customers: number): Promise<void> {
  const product = await client.query<{ id: string }>(
    `INSERT INTO "Product" ("id","tenantId","seq","name","price","createdAt","updatedAt") VALUES (${uuidOf(`$1::text || ':product'`)}, $1::uuid, 1, 'Bench plan', 49.90, now(), now())
     ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id"`,
    [t.tenantId],
  );
  await client.query(
    `INSERT INTO "Order" ("id","tenantId","seq","customerId","productId","quantity","unitPrice","total","status","orderDate","createdAt","updatedAt")
     SELECT ${uuidOf(`$1::text || ':order:' || g`)}, $1::uuid, g, ${uuidOf(`$1::text || ':customer:' || (1 + g % $3::int)`)}, $4::uuid,
       1 + g % 5, 49.90, 49.90 * (1 + g % 5), (ARRAY['pending','processing','shipped','delivered','cancelled'])[1 + g % 5]::"OrderStatus",
       now() - (g % 700) * interval '1 day', now(), now()
     FROM generate_series(1, $2::int) AS g`,
    [t.tenantId, count, customers, product.rows[0]!.id],
  );
}

/**
 * A SELECT of `count` leads as an import file has them (name, email, phone, company, source,
 * status, score, notes), with fillLeads' names and spread; emails unique per `tag`. Stream it
 * to a CSV file with `COPY (…) TO STDOUT WITH (FORMAT csv, HEADER true)`.
 */
export function leadCsvQuery(count: number, tag: string): string {
  if (!Number.isInteger(count) || count < 0 || !/^[a-z0-9-]+$/.test(tag)) throw new Error("leadCsvQuery: a whole count and a tag of [a-z0-9-]");
  return `SELECT f || ' ' || l AS name, lower(f) || '.' || lower(l) || '.' || g || '@${tag}.' || lower(c) || '.example' AS email,
       '+44 7700 ' || lpad((g % 1000000)::text, 6, '0') AS phone, c || ' ' || (g % 997) AS company,
       (ARRAY['website','social','referral','email','phone','campaign','direct','other'])[1 + g % 8] AS source,
       (ARRAY['new','new','contacted','contacted','qualified','proposal','negotiation','converted','lost','won'])[1 + g % 10] AS status,
       g % 101 AS score, CASE WHEN g % 3 = 0 THEN 'Interested in plan ' || (g % 5) END AS notes
     FROM generate_series(1, ${count}) AS g,
       LATERAL (SELECT ${FIRST}[1 + g % 16] AS f, ${LAST}[1 + (g / 16) % 16] AS l, ${COMPANY}[1 + g % 12] AS c) n`;
}
