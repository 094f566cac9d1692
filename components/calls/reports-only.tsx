import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** What a rep sees on the call reports (they are tenant-wide; a rep's calls are in the queue). */
export function CallReportsOnly() {
  return (
    <Alert tone="info">
      Call dashboards and the call log are for admins, managers and analysts. Your scheduled calls are in the{" "}
      <Link href="/calls/queue" className="font-medium underline">
        call queue
      </Link>
      .
    </Alert>
  );
}
