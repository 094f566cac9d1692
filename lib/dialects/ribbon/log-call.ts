import { z } from "zod";
import { logCallEvent } from "@/lib/crm/calls/log-call-event";
import { defineEndpoint } from "@/lib/http/endpoint";
import { ribbon } from "./dialect";

const text = (max: number) => z.string().trim().min(1).max(max);
/** Ids may come as numbers from JavaScript clients. */
const idText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1).max(200));
const direction = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (v === "incoming" ? "inbound" : v === "outgoing" ? "outbound" : v))
  .pipe(z.enum(["inbound", "outbound"], { error: "callDirection must be inbound or outbound" }));

const callData = z.looseObject({
  callSid: z
    .union([z.string(), z.number()], { error: "callSid is required" })
    .transform((v) => String(v).trim())
    .pipe(z.string().min(1, "callSid is required").max(200)),
  phoneNumber: z.string().trim().max(50).optional(),
  callDirection: direction.optional(),
  duration: z.coerce
    .number()
    .min(0)
    .max(7 * 24 * 3600)
    .optional(),
  customerData: z
    .looseObject({
      customerId: idText.optional(),
      name: z.string().trim().max(200).optional(),
      email: z.string().trim().max(320).optional(),
      phone: z.string().trim().max(50).optional(),
    })
    .optional(),
});

export const logCallBody = z.object({
  apiKey: z.string().min(1),
  logId: text(200).optional(),
  event: text(64),
  data: callData,
  timestamp: z.iso.datetime({ offset: true, error: "timestamp must be an ISO 8601 date-time" }).optional(),
  domain: z.string().trim().max(253).optional(),
});

export const logCall = defineEndpoint({
  dialect: ribbon,
  method: "POST",
  path: "/api/ribbon/log-call",
  summary: "Log call event",
  description: [
    "Stores one call event and folds the events of a `callSid` into one call (the `sessionId` of the other endpoints):",
    "`connected`/`incoming` open it, `callEnded` closes it (duration from the event's `data.duration`, else seconds from `connected` to the end);",
    "an `incoming` call that ends without `connected` is missed. Events may arrive out of order or more than once: a repeated `logId`",
    "(optional in the body) or the same `callSid` + `event` + `timestamp` is stored once and answers the stored `logId`.",
    "`timestamp` defaults to the time of arrival. `data.customerData.customerId` links the call to the client's customer with that id,",
    "created (name, email, phone) when absent; if the email already belongs to another customer the new one is created without it.",
    "Each new call (not each event) counts against the monthly limit: 429 when it is used up.",
    "403 when `domain` is given and is not one of the client's allowed domains. Times are UTC.",
  ].join(" "),
  auth: "tenant",
  credentials: [{ in: "body", name: "apiKey" }],
  scope: "write:calls",
  body: logCallBody,
  response: z.object({ success: z.literal(true), logId: z.string() }),
  async handler({ ctx, body }) {
    const { callSid, phoneNumber, callDirection, duration, customerData } = body.data;
    const { apiKey: _apiKey, ...rest } = body;
    void _apiKey;
    const logged = await logCallEvent(ctx, {
      logId: body.logId,
      event: body.event,
      callSid,
      phoneNumber: phoneNumber || undefined,
      callDirection,
      duration,
      customerData: customerData
        ? {
            customerId: customerData.customerId,
            name: customerData.name || undefined,
            email: customerData.email || undefined,
            phone: customerData.phone || undefined,
          }
        : undefined,
      timestamp: body.timestamp ? new Date(body.timestamp) : undefined,
      domain: body.domain || undefined,
      data: { ...rest.data, callSid },
    });
    return { success: true as const, logId: logged.logId };
  },
});
