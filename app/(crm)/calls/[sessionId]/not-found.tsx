import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function CallNotFound() {
  return (
    <EmptyState
      title="No such call"
      action={
        <Link href="/calls/log" className="text-sm font-medium text-brand-700 hover:underline">
          Back to the call log
        </Link>
      }
    >
      There is no call with this session id in your workspace.
    </EmptyState>
  );
}
