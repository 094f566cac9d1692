-- log-call at scale (README "Calls", Scale): the hourly rollup gets 16 shards per hour, and one ribbon event is
-- stored and folded by ONE statement (crm_log_call_event) that runs in its own transaction, so the rows every
-- event of a tenant updates (the month's usage, the hour's rollup) are locked from the end of that statement
-- to its commit, with no round trip to the application in between.

-- The shard of a call: a hash of its callSid, so a call's contribution always sits in one row and a recount
-- (lib/crm/calls/rebuild-call-rollups.ts) puts it in the same one.
CREATE FUNCTION crm_call_shard(call_sid text) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT (hashtextextended(call_sid, 0) & 15)::smallint $$;

-- AlterTable
ALTER TABLE "CallHourlyStat" ADD COLUMN "shard" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "CallHourlyStat" DROP CONSTRAINT "CallHourlyStat_pkey";
ALTER TABLE "CallHourlyStat" ADD CONSTRAINT "CallHourlyStat_pkey" PRIMARY KEY ("tenantId", "hour", "shard");

-- Recount into the shards (the same SQL as rebuild-call-rollups.ts).
DELETE FROM "CallHourlyStat";
INSERT INTO "CallHourlyStat" ("tenantId", "hour", "shard", "calls", "totalDuration", "inbound", "outbound", "missed", "b0", "b1", "b2", "b3", "b4")
SELECT "tenantId", date_trunc('hour', "startTime"), crm_call_shard("callSid"), count(*), coalesce(sum("duration"), 0),
  count(*) FILTER (WHERE "direction" = 'inbound'), count(*) FILTER (WHERE "direction" = 'outbound'), count(*) FILTER (WHERE "status" = 'missed'),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" < 30),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 30 AND "duration" < 60),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 60 AND "duration" < 180),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 180 AND "duration" < 300),
  count(*) FILTER (WHERE "status" = 'completed' AND "duration" >= 300)
FROM "Call" WHERE "startTime" IS NOT NULL
GROUP BY 1, 2, 3;

-- One stored ribbon event (POST /api/ribbon/log-call; lib/crm/calls/log-call-event.ts calls it, README "Calls").
-- outcome:
--   'customer' the event names a customer (customerExternalId) the tenant does not have yet: nothing was written;
--              the caller creates it (createCustomerIn: its number, its customer.created event) and calls again;
--   'repeat'   the logId or the fingerprint is stored already: nothing changed, log_id is the stored one
--              (call_id is NULL when the call would have been new: it is not kept);
--   'stored'   the event is stored and the call folded; the other columns describe the call for the live bus.
-- A new call over the month's limit raises SQLSTATE CL429 ('crm_monthly_call_limit'): nothing is kept.
--
-- Concurrency: the call row is upserted first (row lock: the events of one call fold one after another, and
-- each later statement here sees the events committed before the lock was granted); the event insert is
-- ON CONFLICT DO NOTHING on (tenantId, logId) and (tenantId, fingerprint). The rollup row (of the call's shard)
-- and last the usage row are updated at the end, just before the commit.
--
-- The fold (lib/crm/calls/fold-call.ts has the rules and the result type), over all the call's stored events in
-- time order (storage order for equal times): connected/incoming open the call (the earliest is the start),
-- the latest callEnded closes it (duration from its data.duration, else seconds from connected, or the start,
-- to the end); an incoming call that ends without connected is missed (duration 0); a callEnded alone starts
-- at end - duration. Direction: the first event's that has one, else inbound for an incoming call; phone: the
-- first event's; customer: the latest event's.
CREATE FUNCTION crm_log_call_event(
  p_tenant uuid, p_call_sid text, p_event text, p_data jsonb, p_occurred_at timestamp(3), p_now timestamp(3),
  p_log_id text, p_fingerprint text, p_domain text, p_customer_external_id text, p_call_direction "CallDirection",
  p_month text, p_call_id uuid, p_event_id uuid, p_outbox_id uuid)
RETURNS TABLE (
  outcome text, log_id text, call_id uuid, created boolean, version int, status "CallStatus", direction "CallDirection",
  start_time timestamp(3), end_time timestamp(3), duration int, phone_number text, customer_external_id text,
  customer_name text, dialled_ids text[], dialled_lead_ids text[])
LANGUAGE plpgsql VOLATILE
AS $$
#variable_conflict use_column
DECLARE
  c record;
  f record;
  v_named uuid;
  v_customer uuid;
  v_stored text;
  v_missed boolean;
  v_sent int;
  v_status "CallStatus";
  v_direction "CallDirection";
  v_start timestamp(3);
  v_duration int;
  v_phone_norm text;
  v_completes boolean;
  v_lead uuid;
  v_dialled text[];
  v_dialled_leads text[];
  v_customer_name text;
BEGIN
  IF p_customer_external_id IS NOT NULL THEN
    SELECT cu."id" INTO v_named FROM "Customer" cu WHERE cu."tenantId" = p_tenant AND cu."externalId" = p_customer_external_id;
    IF v_named IS NULL THEN
      RETURN QUERY SELECT 'customer'::text, NULL::text, NULL::uuid, NULL::boolean, NULL::int, NULL::"CallStatus", NULL::"CallDirection",
        NULL::timestamp(3), NULL::timestamp(3), NULL::int, NULL::text, NULL::text, NULL::text, NULL::text[], NULL::text[];
      RETURN;
    END IF;
  END IF;

  INSERT INTO "Call" ("id", "tenantId", "callSid", "status", "startTime", "firstEventAt", "lastEventAt", "updatedAt")
  VALUES (p_call_id, p_tenant, p_call_sid, 'active', p_occurred_at, p_occurred_at, p_occurred_at, p_now)
  ON CONFLICT ("tenantId", "callSid") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
  RETURNING "id", (xmax = 0) AS "created", "status", "phoneNormalized", "customerId", "direction", "startTime", "duration", "completedEventAt"
  INTO c;

  INSERT INTO "CallEvent" ("id", "tenantId", "logId", "fingerprint", "callId", "callSid", "event", "data", "occurredAt", "receivedAt", "domain",
    "customerExternalId", "callDirection")
  VALUES (p_event_id, p_tenant, p_log_id, p_fingerprint, c."id", p_call_sid, p_event, p_data, p_occurred_at, p_now, p_domain,
    p_customer_external_id, coalesce(p_call_direction, c."direction"))
  ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    SELECT e."logId" INTO v_stored FROM "CallEvent" e
    WHERE e."tenantId" = p_tenant AND (e."logId" = p_log_id OR e."fingerprint" = p_fingerprint) LIMIT 1;
    IF c."created" THEN
      DELETE FROM "Call" WHERE "id" = c."id"; -- created for an event that is a repeat (its logId came with another call)
    END IF;
    RETURN QUERY SELECT 'repeat'::text, coalesce(v_stored, p_log_id), CASE WHEN c."created" THEN NULL ELSE c."id" END, false, NULL::int,
      NULL::"CallStatus", NULL::"CallDirection", NULL::timestamp(3), NULL::timestamp(3), NULL::int, NULL::text, NULL::text, NULL::text,
      NULL::text[], NULL::text[];
    RETURN;
  END IF;

  SELECT count(*)::int AS n, min(e."occurredAt") AS first_at, max(e."occurredAt") AS last_at,
    min(e."occurredAt") FILTER (WHERE e."event" IN ('connected', 'incoming')) AS opener_at,
    min(e."occurredAt") FILTER (WHERE e."event" = 'connected') AS connected_at,
    coalesce(bool_or(e."event" = 'incoming'), false) AS incoming,
    (array_agg(e."occurredAt" ORDER BY e."occurredAt" DESC, e."id" DESC) FILTER (WHERE e."event" = 'callEnded'))[1] AS ended_at,
    (array_agg(CASE WHEN jsonb_typeof(e."data"->'duration') = 'number' THEN (e."data"->>'duration')::float8 END ORDER BY e."occurredAt" DESC, e."id" DESC)
      FILTER (WHERE e."event" = 'callEnded'))[1] AS ended_duration,
    (array_agg(e."callDirection" ORDER BY e."occurredAt", e."id") FILTER (WHERE e."callDirection" IS NOT NULL))[1] AS direction,
    count(*) FILTER (WHERE e."callDirection" IS NULL) AS undirected,
    (array_agg(e."data"->>'phoneNumber' ORDER BY e."occurredAt", e."id")
      FILTER (WHERE jsonb_typeof(e."data"->'phoneNumber') = 'string' AND e."data"->>'phoneNumber' <> ''))[1] AS phone,
    (array_agg(e."customerExternalId" ORDER BY e."occurredAt" DESC, e."id" DESC) FILTER (WHERE e."customerExternalId" IS NOT NULL))[1] AS customer
  INTO f
  FROM "CallEvent" e WHERE e."tenantId" = p_tenant AND e."callSid" = p_call_sid;

  -- Math.round for the non-negative seconds the ribbon sends.
  v_sent := CASE WHEN f.ended_duration >= 0 THEN floor(f.ended_duration + 0.5)::int END;
  v_missed := f.ended_at IS NOT NULL AND f.incoming AND f.connected_at IS NULL;
  v_status := CASE WHEN f.ended_at IS NULL THEN 'active' WHEN v_missed THEN 'missed' ELSE 'completed' END;
  v_direction := coalesce(f.direction, CASE WHEN f.incoming THEN 'inbound'::"CallDirection" END);
  v_start := coalesce(f.opener_at, f.ended_at - make_interval(secs => v_sent), f.first_at);
  v_duration := CASE WHEN f.ended_at IS NULL THEN NULL WHEN v_missed THEN 0
    ELSE coalesce(v_sent, greatest(0, floor(extract(epoch FROM f.ended_at - coalesce(f.connected_at, v_start)) + 0.5))::int) END;
  -- normalizePhone (lib/crm/phone.ts): the digits, when there are at least 3.
  v_phone_norm := CASE WHEN length(regexp_replace(coalesce(f.phone, ''), '\D', '', 'g')) >= 3 THEN regexp_replace(f.phone, '\D', '', 'g') END;
  v_completes := v_status = 'completed' AND c."completedEventAt" IS NULL;

  IF v_direction IS NOT NULL AND f.undirected > 0 THEN
    -- Events that came before the direction was known get it, so call-logs can filter them by direction.
    UPDATE "CallEvent" SET "callDirection" = v_direction
    WHERE "tenantId" = p_tenant AND "callSid" = p_call_sid AND "callDirection" IS NULL;
  END IF;

  -- The customer named by the latest event (an existing customer is only linked, never changed).
  v_customer := c."customerId";
  IF p_customer_external_id IS NOT NULL THEN
    IF f.customer = p_customer_external_id THEN
      v_customer := v_named;
    ELSE
      v_customer := coalesce((SELECT cu."id" FROM "Customer" cu WHERE cu."tenantId" = p_tenant AND cu."externalId" = f.customer), v_customer);
    END IF;
  END IF;

  -- The dialler's scheduled calls to a newly known number are processed (dialled) and the call is linked to the
  -- lead of the latest: /lead/cancel then answers "already processed". One conditional update, so a concurrent
  -- cancel (under lockDiallerNumber) either wins before it or finds the call processed.
  IF v_phone_norm IS NOT NULL AND v_phone_norm IS DISTINCT FROM c."phoneNormalized" THEN
    WITH dialled AS (
      UPDATE "ScheduledCall" SET "status" = 'processed', "processedAt" = p_now, "callId" = c."id"
      WHERE "tenantId" = p_tenant AND "phoneNormalized" = v_phone_norm AND "status" = 'scheduled'
      RETURNING "id", "leadId", "createdAt")
    SELECT array_agg(d."id"::text), array_agg(DISTINCT d."leadId"::text), (array_agg(d."leadId" ORDER BY d."createdAt" DESC))[1]
    INTO v_dialled, v_dialled_leads, v_lead
    FROM dialled d;
  END IF;

  UPDATE "Call" SET "status" = v_status, "direction" = v_direction, "startTime" = v_start, "endTime" = f.ended_at, "duration" = v_duration,
    "connected" = f.connected_at IS NOT NULL, "phoneNumber" = f.phone, "phoneNormalized" = v_phone_norm, "customerId" = v_customer,
    "leadId" = coalesce(v_lead, "leadId"), "firstEventAt" = f.first_at, "lastEventAt" = f.last_at, "domain" = coalesce(p_domain, "domain"),
    "updatedAt" = p_now, "completedEventAt" = CASE WHEN v_completes THEN p_now ELSE c."completedEventAt" END
  WHERE "id" = c."id";
  IF v_customer IS NOT NULL THEN
    SELECT cu."name" INTO v_customer_name FROM "Customer" cu WHERE cu."id" = v_customer;
  END IF;

  IF v_completes THEN
    -- The outbox (lib/crm/events/record-event.ts), once per call: delivered to webhooks after the commit.
    INSERT INTO "OutboxEvent" ("id", "tenantId", "type", "payload", "occurredAt")
    VALUES (p_outbox_id, p_tenant, 'call.completed', jsonb_build_object(
      'event', 'call.completed',
      'timestamp', to_char(p_now, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'data', jsonb_build_object(
        'call_id', c."id", 'session_id', p_call_sid, 'phone_number', f.phone, 'direction', v_direction,
        'start_time', to_char(v_start, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'end_time', to_char(f.ended_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'duration', v_duration, 'customer_id', f.customer)), p_now);
  END IF;

  -- The call's contribution to the hourly rollup moves from its stored state to the folded one: one upsert of its
  -- shard's row per touched hour, none when nothing changed.
  INSERT INTO "CallHourlyStat" AS s ("tenantId", "hour", "shard", "calls", "totalDuration", "inbound", "outbound", "missed", "b0", "b1", "b2", "b3", "b4")
  SELECT p_tenant, d.hour, crm_call_shard(p_call_sid), d.calls, d.dur, d.inbound, d.outbound, d.missed, d.b0, d.b1, d.b2, d.b3, d.b4
  FROM (
    SELECT date_trunc('hour', x.st) AS hour, sum(x.sign)::int AS calls, sum(x.sign * coalesce(x.dur, 0))::bigint AS dur,
      sum(CASE WHEN x.dir = 'inbound' THEN x.sign ELSE 0 END)::int AS inbound, sum(CASE WHEN x.dir = 'outbound' THEN x.sign ELSE 0 END)::int AS outbound,
      sum(CASE WHEN x.stat = 'missed' THEN x.sign ELSE 0 END)::int AS missed,
      sum(CASE WHEN x.stat = 'completed' AND x.dur < 30 THEN x.sign ELSE 0 END)::int AS b0,
      sum(CASE WHEN x.stat = 'completed' AND x.dur >= 30 AND x.dur < 60 THEN x.sign ELSE 0 END)::int AS b1,
      sum(CASE WHEN x.stat = 'completed' AND x.dur >= 60 AND x.dur < 180 THEN x.sign ELSE 0 END)::int AS b2,
      sum(CASE WHEN x.stat = 'completed' AND x.dur >= 180 AND x.dur < 300 THEN x.sign ELSE 0 END)::int AS b3,
      sum(CASE WHEN x.stat = 'completed' AND x.dur >= 300 THEN x.sign ELSE 0 END)::int AS b4
    FROM (
      SELECT -1 AS sign, c."startTime" AS st, c."status" AS stat, c."direction" AS dir, c."duration" AS dur
      WHERE NOT c."created" AND c."startTime" IS NOT NULL
      UNION ALL SELECT 1, v_start, v_status, v_direction, v_duration
    ) x
    GROUP BY 1
  ) d
  WHERE (d.calls, d.dur, d.inbound, d.outbound, d.missed, d.b0, d.b1, d.b2, d.b3, d.b4) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
  ORDER BY d.hour
  ON CONFLICT ("tenantId", "hour", "shard") DO UPDATE SET
    "calls" = s."calls" + EXCLUDED."calls", "totalDuration" = s."totalDuration" + EXCLUDED."totalDuration",
    "inbound" = s."inbound" + EXCLUDED."inbound", "outbound" = s."outbound" + EXCLUDED."outbound", "missed" = s."missed" + EXCLUDED."missed",
    "b0" = s."b0" + EXCLUDED."b0", "b1" = s."b1" + EXCLUDED."b1", "b2" = s."b2" + EXCLUDED."b2", "b3" = s."b3" + EXCLUDED."b3", "b4" = s."b4" + EXCLUDED."b4";

  -- Last: a new call counts against the month (UTC) with one conditional increment of the tenant's single usage
  -- row (an exact limit needs one counter); its lock is held from here to the commit, inside the database.
  IF c."created" THEN
    INSERT INTO "TenantUsage" ("tenantId", "month", "calls")
    SELECT t."id", p_month, 1 FROM "Tenant" t WHERE t."id" = p_tenant AND t."monthlyCallLimit" > 0
    ON CONFLICT ("tenantId", "month") DO UPDATE SET "calls" = "TenantUsage"."calls" + 1
      WHERE "TenantUsage"."calls" < (SELECT t."monthlyCallLimit" FROM "Tenant" t WHERE t."id" = p_tenant);
    IF NOT FOUND THEN
      RAISE EXCEPTION 'crm_monthly_call_limit' USING ERRCODE = 'CL429';
    END IF;
  END IF;

  RETURN QUERY SELECT 'stored'::text, p_log_id, c."id", c."created", f.n, v_status, v_direction, v_start, f.ended_at, v_duration, f.phone,
    f.customer, v_customer_name, v_dialled, v_dialled_leads;
END
$$;
