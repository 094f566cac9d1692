import type { Metadata } from "next";
import { AllowedDomains } from "@/components/settings/telephony/allowed-domains";
import { LeadTypesEditor } from "@/components/settings/telephony/lead-types-editor";
import { RibbonFeaturesForm } from "@/components/settings/telephony/ribbon-features-form";
import { TelephonyCredentialsForm } from "@/components/settings/telephony/telephony-credentials-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listLeadTypes } from "@/lib/crm/dialler/list-lead-types";
import { getTelephonySettings } from "@/lib/crm/tenants/get-telephony-settings";
import {
  addDomainAction,
  addLeadTypeAction,
  addSubtypeAction,
  clearCredentialsAction,
  removeDomainAction,
  renameLeadTypeAction,
  setCredentialsAction,
  setFeaturesAction,
  setLeadTypeActiveAction,
} from "./actions";

export const metadata: Metadata = { title: "Telephony settings" };

export default async function TelephonySettingsPage() {
  const { user, ctx } = await requireUser();
  if (!can(user.role, "configureTelephony")) {
    return <Alert tone="info">Only admins change the telephony settings. Ask an admin of {user.tenantName}.</Alert>;
  }
  const [settings, leadTypes] = await Promise.all([getTelephonySettings(ctx), listLeadTypes(ctx)]);
  const { usage } = settings;
  const percent = usage.limit > 0 ? (usage.callsThisMonth / usage.limit) * 100 : 100;
  const month = new Date().toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card
        title="Plan and usage"
        description="Calls the ribbon opened this calendar month (UTC) against the plan's limit; at the limit, init and log-call answer 429."
      >
        <div className="space-y-4">
          <p className="flex items-center gap-2 text-sm text-slate-700">
            Plan <Badge tone="blue">{settings.plan}</Badge> <span className="font-mono text-xs text-slate-500">{settings.clientId}</span>
          </p>
          <ProgressBar
            value={percent}
            label={`Calls in ${month}`}
            detail={`${usage.callsThisMonth.toLocaleString("en")} of ${usage.limit.toLocaleString("en")} used, ${usage.remaining.toLocaleString("en")} left`}
            tone={percent >= 90 ? "red" : "brand"}
            testId="usage-bar"
          />
        </div>
      </Card>
      <Card title="Telephony credentials" description="The Exotel token and user id init hands to ribbons. Stored encrypted; never shown again once saved.">
        <TelephonyCredentialsForm
          tokenSet={settings.telephonyTokenSet}
          userIdSet={settings.telephonyUserIdSet}
          save={setCredentialsAction}
          clear={clearCredentialsAction}
        />
      </Card>
      <Card
        title="Allowed domains"
        description="Pages the ribbon may run on (init, log-call and CORS). A domain also allows its subdomains. Changes apply at once."
      >
        <AllowedDomains domains={settings.allowedDomains} add={addDomainAction} remove={removeDomainAction} />
      </Card>
      <Card title="Ribbon features" description="What agents can do in the ribbon; init and config answer with this list.">
        <RibbonFeaturesForm features={settings.features} save={setFeaturesAction} />
      </Card>
      <div className="lg:col-span-2">
        <Card
          title="Dialler lead types"
          description="The type and subtype names partners send to POST /lead/add and /lead/cancel. A disabled type is refused as “Unknown Type”."
        >
          <LeadTypesEditor
            types={leadTypes}
            actions={{ addType: addLeadTypeAction, addSubtype: addSubtypeAction, rename: renameLeadTypeAction, setActive: setLeadTypeActiveAction }}
          />
        </Card>
      </div>
    </div>
  );
}
