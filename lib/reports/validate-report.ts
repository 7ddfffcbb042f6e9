/**
 * A report input checked against the app and the config file: a page that exists, a window the
 * view can take, destinations that are configured. Throws AppError('bad_request') naming the field.
 */

import { formatIssuePath } from "@/lib/config/parse-config";
import { AppError } from "@/lib/errors";
import { MAX_TRAFFIC_WINDOW_MS } from "@/lib/flows/traffic-window";
import { resolveTime } from "@/lib/links/time-range";
import { type ReportInput, reportInputSchema } from "./report-definition";
import { parseViewUrl, type ReportView } from "./report-views";
import type { WindowSpec } from "./report-window";
import { DATA_FOLDER_DESTINATION, type ReportsConfig } from "./reports-config-schema";

export interface DestinationChoices {
  folders: string[];
  webhooks: string[];
  email: boolean;
}

export function destinationChoices(config: ReportsConfig | undefined): DestinationChoices {
  return {
    folders: [
      DATA_FOLDER_DESTINATION,
      ...Object.keys(config?.folders ?? {}).filter((f) => f !== DATA_FOLDER_DESTINATION),
    ],
    webhooks: Object.keys(config?.webhooks ?? {}),
    email: !!config?.smtp,
  };
}

function bad(field: string, message: string): never {
  throw new AppError("bad_request", `${field}: ${message}`, { field });
}

/** The window a view gets when the report names none: the URL's own relative window, else a default. */
export function defaultWindow(view: ReportView): WindowSpec | undefined {
  if (view.window === "none") return undefined;
  if (view.window === "month") return { kind: "calendar", period: "month-to-date" };
  const from = view.params.get("from");
  return from && /^now-\d{1,6}[smhdw]$/.test(from) && (view.params.get("to") ?? "now") === "now"
    ? { kind: "relative", from }
    : { kind: "relative", from: "now-24h" };
}

const CALENDAR_MAX_MS = { "previous-day": 25 * 3_600_000, "previous-week": 7 * 86_400_000 + 3_600_000 };

export function validateReport(
  body: unknown,
  choices: DestinationChoices,
): { input: ReportInput; view: ReportView } {
  const parsed = reportInputSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = formatIssuePath(issue.path) || "body";
    const message =
      issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message;
    bad(field, message);
  }
  const input = parsed.data;
  const v = parseViewUrl(input.url);
  if (!v.ok) bad("url", v.message);
  const view = v.view;

  if (view.window === "none" && input.window) bad("window", `${view.path} has no time window`);
  const window = input.window ?? defaultWindow(view);
  if (view.window === "traffic" && window) {
    // Traffic views read at most 7 days (lib/flows/traffic-window.ts): refuse what the view would refuse.
    const tooLong =
      window.kind === "relative"
        ? -resolveTime(window.from, 0, "from") > MAX_TRAFFIC_WINDOW_MS
        : !(window.period in CALENDAR_MAX_MS);
    if (tooLong) bad("window", `${view.title} views show at most 7 days of traffic`);
  }

  input.destinations.forEach((d, i) => {
    if (d.kind === "folder" && !choices.folders.includes(d.name))
      bad(
        `destinations[${i}].name`,
        `no folder named ${JSON.stringify(d.name)} in the config file (known: ${choices.folders.join(", ")})`,
      );
    if (d.kind === "webhook" && !choices.webhooks.includes(d.name))
      bad(
        `destinations[${i}].name`,
        `no webhook named ${JSON.stringify(d.name)} in the config file${choices.webhooks.length ? ` (known: ${choices.webhooks.join(", ")})` : ""}`,
      );
    if (d.kind === "email" && !choices.email)
      bad(`destinations[${i}]`, "email needs reports.smtp in the config file");
  });
  if (input.notifyFailures && !choices.webhooks.includes(input.notifyFailures))
    bad("notifyFailures", `no webhook named ${JSON.stringify(input.notifyFailures)} in the config file`);
  return { input: { ...input, window }, view };
}
