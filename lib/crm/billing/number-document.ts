import type { Prisma as PrismaTypes } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { SEQ, bumpCountersSql } from "../sequence";
import { documentNumberCounter, documentNumberSql, type DocumentPrefix } from "./invoice-number";

type Tx = Pick<PrismaTypes.TransactionClient, "$queryRaw">;

/** What a numbered document is: its table, its id counter and its number's prefix. */
const KINDS = {
  invoice: { table: Prisma.raw(`"Invoice"`), seqCounter: SEQ.invoice, prefix: "INV" },
  quote: { table: Prisma.raw(`"Quote"`), seqCounter: SEQ.quote, prefix: "QUO" },
} as const satisfies Record<string, { table: Prisma.Sql; seqCounter: string; prefix: DocumentPrefix }>;

export type NumberedKind = keyof typeof KINDS;

export interface DocumentKeys {
  /** The suite's integer id. */
  seq: number;
  /** `INV-<year>-<NNN>` / `QUO-…`. */
  number: string;
}

/**
 * A row written in the same transaction that must carry the final keys: JSON paths
 * (e.g. `["data", "invoice_number"]`) set to the seq and/or the number.
 */
export interface KeysPatch {
  table: "OutboxEvent" | "AuditLog";
  id: string;
  seqPath?: readonly string[];
  numberPath?: readonly string[];
}

const PATCHED_COLUMN = { OutboxEvent: "payload", AuditLog: "data" } as const;

/**
 * Keys to write a document with before it is numbered: unique among the transactions in
 * flight (a negative id from the transaction id, never a real one), invisible to everyone
 * else (the row is uncommitted), and replaced by numberDocument before commit.
 */
export async function provisionalDocumentKeys(tx: Tx): Promise<DocumentKeys> {
  // Live transaction ids span far less than 2^31, so the remainder is unique among them.
  const rows = await tx.$queryRaw<{ t: number }[]>`SELECT (txid_current() % 2147483647)::int AS t`;
  const t = rows[0]!.t;
  return { seq: -t, number: `~provisional-${t}` };
}

function jsonPath(path: readonly string[]): Prisma.Sql {
  return Prisma.sql`${`{${path.join(",")}}`}::text[]`;
}

function patchSql(tenantId: string, patch: KeysPatch, index: number): Prisma.Sql {
  const column = Prisma.raw(`"${PATCHED_COLUMN[patch.table]}"`);
  let value = Prisma.sql`t.${column}`;
  if (patch.seqPath) value = Prisma.sql`jsonb_set(${value}, ${jsonPath(patch.seqPath)}, to_jsonb(keys.seq))`;
  if (patch.numberPath) value = Prisma.sql`jsonb_set(${value}, ${jsonPath(patch.numberPath)}, to_jsonb(keys.number))`;
  return Prisma.sql`, patch${Prisma.raw(String(index))} AS (
    UPDATE ${Prisma.raw(`"${patch.table}"`)} t SET ${column} = ${value} FROM keys
    WHERE t."id" = ${patch.id}::uuid AND t."tenantId" = ${tenantId}::uuid)`;
}

/**
 * Gives a document written with provisionalDocumentKeys its id (`seq`) and its
 * `INV-<year>-<NNN>` / `QUO-…` number, and writes both into the rows named in `patches`
 * (its event, its audit entry), in ONE statement: call it last in the transaction.
 *
 * Gap-free numbering needs the year's counter row locked from the increment to commit, so
 * one tenant's creations queue on it; taking it in the last statement makes each one hold
 * it for that statement and the commit only, not for the writes before. A rollback gives
 * the numbers back (the increments roll back with it).
 */
export async function numberDocument(
  tx: Tx,
  doc: { kind: NumberedKind; tenantId: string; id: string; year: number; patches?: readonly KeysPatch[] },
): Promise<DocumentKeys> {
  const kind = KINDS[doc.kind];
  const numberCounter = documentNumberCounter(kind.prefix, doc.year);
  const patches = doc.patches ?? [];
  const rows = await tx.$queryRaw<DocumentKeys[]>`
    WITH counters AS (${bumpCountersSql(doc.tenantId, [kind.seqCounter, numberCounter])}),
    keys AS (
      SELECT (SELECT "value" FROM counters WHERE "name" = ${kind.seqCounter}) AS seq,
             ${documentNumberSql(kind.prefix, doc.year, Prisma.sql`(SELECT "value" FROM counters WHERE "name" = ${numberCounter})`)} AS number
    ),
    doc AS (
      UPDATE ${kind.table} d SET "seq" = keys.seq, "number" = keys.number FROM keys
      WHERE d."id" = ${doc.id}::uuid AND d."tenantId" = ${doc.tenantId}::uuid
      RETURNING d."seq", d."number"
    )${
      patches.length
        ? Prisma.join(
            patches.map((patch, index) => patchSql(doc.tenantId, patch, index)),
            "",
          )
        : Prisma.empty
    }
    SELECT "seq", "number" FROM doc`;
  const keys = rows[0];
  // Nothing numbered (wrong id): fail, so the transaction and the counters roll back.
  if (!keys) throw new Error(`${doc.kind} ${doc.id} was not found to number`);
  return keys;
}
