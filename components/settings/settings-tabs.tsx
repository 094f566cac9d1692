import { SectionTabs } from "../ui/section-tabs";

const TABS = [
  { href: "/settings/api-keys", label: "API keys" },
  { href: "/settings/jwt-keys", label: "JWT keys" },
  { href: "/settings/users", label: "Users" },
  { href: "/settings/webhooks", label: "Webhooks" },
  { href: "/settings/workspace", label: "Workspace" },
];

export function SettingsTabs() {
  return <SectionTabs tabs={TABS} label="Settings" />;
}
