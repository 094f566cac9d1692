"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type ReactNode } from "react";
import { cn } from "./cn";

export interface PickerOption {
  id: string;
  label: string;
  detail?: string;
}

/**
 * Search as you type: a combobox whose options come from `search(term)`
 * through TanStack Query (debounced, cached per term). Arrow keys move, Enter
 * picks, Escape closes. Needs a QueryProvider above it.
 */
export function SearchPicker<O extends PickerOption>({
  id,
  queryKey,
  search,
  onPick,
  placeholder,
  invalid,
  describedBy,
  renderOption,
  className,
  ariaLabel,
}: {
  id: string;
  queryKey: string;
  search(term: string): Promise<O[]>;
  onPick(option: O): void;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  renderOption?(option: O): ReactNode;
  className?: string;
  ariaLabel?: string;
}) {
  const listId = useId();
  const [term, setTerm] = useState("");
  const [debounced, setDebounced] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 200);
    return () => clearTimeout(timer);
  }, [term]);
  const { data: options = [], isFetching } = useQuery({ queryKey: [queryKey, debounced], queryFn: () => search(debounced), enabled: open });

  function pick(option: O) {
    onPick(option);
    setTerm("");
    setOpen(false);
  }

  return (
    <div className={cn("relative", className)}>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={term}
        placeholder={placeholder}
        onChange={(event) => {
          setTerm(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === "Enter" && open && options[active]) {
            event.preventDefault();
            pick(options[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-1 focus:ring-brand-500 focus:outline-none aria-invalid:border-red-400"
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-64 w-full min-w-56 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {options.length === 0 ? (
            <li className="px-3 py-2 text-slate-500">{isFetching ? "Searching…" : "Nothing found"}</li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
                onMouseEnter={() => setActive(index)}
                className={cn("cursor-pointer px-3 py-2", index === active ? "text-brand-800 bg-brand-50" : "text-slate-800")}
              >
                {renderOption ? (
                  renderOption(option)
                ) : (
                  <>
                    <span className="block font-medium">{option.label}</span>
                    {option.detail && <span className="block text-xs text-slate-500">{option.detail}</span>}
                  </>
                )}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
