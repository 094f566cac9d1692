"use client";

import { createContext, useContext, type ReactNode } from "react";
import { formatMoney } from "./format-money";

/**
 * The workspace's currency for client components deep in a tree (the pipeline
 * board's columns and cards): the server page reads it once and provides it.
 */
const CurrencyContext = createContext<string | null>(null);

export function CurrencyProvider({ currency, children }: { currency: string; children: ReactNode }) {
  return <CurrencyContext.Provider value={currency}>{children}</CurrencyContext.Provider>;
}

/** `formatMoney` bound to the provided currency. */
export function useMoney(): (decimal: string | null | undefined, options?: { cents?: boolean }) => string {
  const currency = useContext(CurrencyContext);
  if (!currency) throw new Error("useMoney needs a CurrencyProvider");
  return (decimal, options) => formatMoney(decimal, currency, options);
}
