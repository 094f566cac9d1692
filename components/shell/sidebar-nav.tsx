"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_ITEMS } from "./nav-items";

export function SidebarNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {NAV_ITEMS.map((item) => {
        if (!item.href) {
          return (
            <span key={item.label} className="flex items-center justify-between rounded-md px-3 py-2 text-sm text-slate-400" aria-disabled="true">
              <span>{item.label}</span>
              <span className="rounded bg-slate-800 px-1.5 py-0.5 text-[10px] tracking-wide text-slate-400 uppercase">coming</span>
            </span>
          );
        }
        const section = item.href === "/" ? "/" : `/${item.href.split("/")[1]}`;
        const active = section === "/" ? pathname === "/" : pathname.startsWith(section);
        return (
          <Link
            key={item.label}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
