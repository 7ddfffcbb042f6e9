"use client";

import { useEffect, useRef } from "react";

/** A compact checkbox drop-down for repeatable filters (account, region). */
export function MultiSelect({
  label,
  allLabel,
  options,
  selected,
  onChange,
}: {
  label: string;
  allLabel: string;
  options: Array<{ value: string; label: string }>;
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  // <details> does not close by itself on an outside click or Escape, as a drop-down should.
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : `${selected.length} ${label.toLowerCase()}s`;
  return (
    <details className="multi" ref={ref}>
      <summary aria-label={`${label} filter: ${summary}`}>
        <span className="dim">{label}:</span> {summary}
      </summary>
      <fieldset className="multi-menu">
        <legend className="sr-only">{label}</legend>
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
