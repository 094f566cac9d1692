import { EmptyState } from "../ui/empty-state";

/** What a page shows a role that may not do this (the domain refuses it anyway). */
export function MoneyForbidden({ what }: { what: string }) {
  return <EmptyState title="Your role cannot do this">Only admins and managers can {what}. Ask one of them, or view the invoice instead.</EmptyState>;
}
