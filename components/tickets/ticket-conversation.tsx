import { formatDateTime } from "@/components/ui/format-date";
import { cn } from "@/components/ui/cn";

export interface ConversationMessage {
  id: string;
  author: "staff" | "customer";
  /** Who wrote it, as shown ("Ada Admin", the customer's name, "Support"). */
  name: string;
  message: string;
  at: Date;
}

/** The ticket's first message and its replies as a chat: the customer on the left, staff on the right. */
export function TicketConversation({ messages }: { messages: ConversationMessage[] }) {
  return (
    <ol className="space-y-4" aria-label="Conversation" data-testid="ticket-conversation">
      {messages.map((m) => {
        const staff = m.author === "staff";
        return (
          <li key={m.id} className={cn("flex", staff ? "justify-end" : "justify-start")}>
            <article
              className={cn(
                "max-w-[85%] rounded-2xl px-4 py-3 text-sm shadow-sm sm:max-w-[75%]",
                staff ? "rounded-br-sm bg-brand-600 text-white" : "rounded-bl-sm border border-slate-200 bg-white text-slate-900",
              )}
            >
              <header className={cn("mb-1 flex flex-wrap items-baseline gap-x-2 text-xs", staff ? "text-brand-100" : "text-slate-500")}>
                <span className="font-semibold">{m.name}</span>
                <time dateTime={m.at.toISOString()}>{formatDateTime(m.at)}</time>
              </header>
              <p className="break-words whitespace-pre-line">{m.message}</p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
