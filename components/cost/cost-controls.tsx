import { WINDOW_PRESETS } from "@/lib/cost/cost-query";
import type { CostParams } from "./cost-href";

/**
 * Month and rate window: a plain GET form, so the choice lands in the URL (bookmarkable, no client
 * state) and works before hydration. CSV export is the API with format=csv.
 */
export function CostControls({
  params,
  month,
  window,
  maxMonth,
}: {
  params: CostParams;
  month: string;
  window: string;
  /** The current UTC month: later months have nothing to price. */
  maxMonth: string;
}) {
  const csv = new URLSearchParams({ month, window, format: "csv" });
  const presets: readonly string[] = WINDOW_PRESETS;
  return (
    <form className="toolbar" method="get" action="/cost">
      <label>
        Month
        <input type="month" name="month" defaultValue={month} max={maxMonth} />
      </label>
      <label>
        Rate window
        <select name="window" defaultValue={window}>
          {(presets.includes(window) ? presets : [window, ...presets]).map((w) => (
            <option key={w} value={w}>
              {w.replace("now-", "last ")}
            </option>
          ))}
        </select>
      </label>
      {params.config && <input type="hidden" name="config" value={params.config} />}
      {params.sort && <input type="hidden" name="sort" value={params.sort} />}
      <button type="submit" className="btn">
        Apply
      </button>
      <span className="spacer" />
      <a className="btn" href={`/api/cost?${csv}`} download>
        Export CSV
      </a>
    </form>
  );
}
