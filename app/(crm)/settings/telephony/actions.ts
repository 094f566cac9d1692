"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/current-user";
import { addLeadSubtype } from "@/lib/crm/dialler/add-lead-subtype";
import { renameLeadType } from "@/lib/crm/dialler/rename-lead-type";
import { saveLeadType } from "@/lib/crm/dialler/save-lead-type";
import { setLeadTypeActive } from "@/lib/crm/dialler/set-lead-type-active";
import { addAllowedDomain } from "@/lib/crm/tenants/add-allowed-domain";
import { removeAllowedDomain } from "@/lib/crm/tenants/remove-allowed-domain";
import { setRibbonFeatures } from "@/lib/crm/tenants/set-ribbon-features";
import { setTelephonyCredentials } from "@/lib/crm/tenants/set-telephony-credentials";
import { runAction, type ActionResult } from "@/lib/http/action-result";

// Every write goes through lib/crm (which checks the admin role again) and re-reads the page.
async function configure<T>(work: (ctx: Awaited<ReturnType<typeof requirePermission>>["ctx"]) => Promise<T>): Promise<ActionResult<T>> {
  return runAction(async () => {
    const { ctx } = await requirePermission("configureTelephony");
    const result = await work(ctx);
    revalidatePath("/settings/telephony");
    return result;
  });
}

export async function addDomainAction(input: { domain: string }): Promise<ActionResult<string[]>> {
  return configure((ctx) => addAllowedDomain(ctx, String(input.domain)));
}

export async function removeDomainAction(domain: string): Promise<ActionResult<string[]>> {
  return configure((ctx) => removeAllowedDomain(ctx, String(domain)));
}

export async function setCredentialsAction(input: { token: string; userId: string }): Promise<ActionResult<null>> {
  return configure(async (ctx) => {
    await setTelephonyCredentials(ctx, { token: String(input.token), userId: String(input.userId) });
    return null;
  });
}

export async function clearCredentialsAction(): Promise<ActionResult<null>> {
  return configure(async (ctx) => {
    await setTelephonyCredentials(ctx, null);
    return null;
  });
}

export async function setFeaturesAction(input: { features: string[] }): Promise<ActionResult<string[]>> {
  return configure((ctx) => setRibbonFeatures(ctx, Array.isArray(input.features) ? input.features.map(String) : []));
}

export async function addLeadTypeAction(input: { name: string; subtypes: string }): Promise<ActionResult<{ id: string; created: boolean }>> {
  return configure((ctx) =>
    saveLeadType(ctx, {
      name: String(input.name),
      subtypes: String(input.subtypes ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    }),
  );
}

export async function addSubtypeAction(typeId: string, input: { name: string }): Promise<ActionResult<{ id: string }>> {
  return configure((ctx) => addLeadSubtype(ctx, { typeId: String(typeId), name: String(input.name) }));
}

export async function renameLeadTypeAction(ref: { typeId: string; subtypeId?: string }, input: { name: string }): Promise<ActionResult<null>> {
  return configure(async (ctx) => {
    await renameLeadType(ctx, { typeId: String(ref.typeId), ...(ref.subtypeId ? { subtypeId: String(ref.subtypeId) } : {}), name: String(input.name) });
    return null;
  });
}

export async function setLeadTypeActiveAction(ref: { typeId: string; subtypeId?: string }, active: boolean): Promise<ActionResult<null>> {
  return configure(async (ctx) => {
    await setLeadTypeActive(ctx, { typeId: String(ref.typeId), ...(ref.subtypeId ? { subtypeId: String(ref.subtypeId) } : {}), active: Boolean(active) });
    return null;
  });
}
