/** What a user saves as a report (the body of POST/PUT /api/reports), validated with zod. Pure. */
import { z } from "zod";
import { isTimeExpression } from "@/lib/links/time-range";
import { cronProblem, WEEKDAYS } from "./report-schedule";
import { CALENDAR_PERIODS } from "./report-window";
import { isTimeZone } from "./time-zone";

export const FORMATS = ["pdf", "csv", "png", "json"] as const;
export type ReportFormat = (typeof FORMATS)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day HH:MM (24 h)");

export const scheduleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("cron"),
      cron: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .superRefine((v, ctx) => {
          const problem = cronProblem(v);
          if (problem) ctx.addIssue({ code: "custom", message: `not a valid cron expression (${problem})` });
        }),
    })
    .strict(),
  z.object({ kind: z.literal("daily"), at: hhmm }).strict(),
  z.object({ kind: z.literal("weekly"), day: z.enum(WEEKDAYS), at: hhmm }).strict(),
  z
    .object({
      kind: z.literal("monthly"),
      day: z.union([z.number().int().min(1).max(28), z.literal("last")]),
      at: hhmm,
    })
    .strict(),
]);

export const windowSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("relative"),
      from: z
        .string()
        .regex(/^now-\d{1,6}[smhdw]$/, "a window relative to the run time, such as now-24h or now-7d")
        .refine(isTimeExpression),
    })
    .strict(),
  z.object({ kind: z.literal("calendar"), period: z.enum(CALENDAR_PERIODS) }).strict(),
]);

export const destinationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("folder"), name: z.string().min(1).max(64) }).strict(),
  z
    .object({
      kind: z.literal("email"),
      to: z.array(z.email("an email address")).min(1, "at least one recipient").max(50),
    })
    .strict(),
  z.object({ kind: z.literal("webhook"), name: z.string().min(1).max(64) }).strict(),
]);

export const reportInputSchema = z
  .object({
    name: z.string().trim().min(1, "a name").max(120),
    url: z.string().trim().min(1).max(2000),
    formats: z
      .array(z.enum(FORMATS))
      .min(1, "at least one format")
      .transform((f) => [...new Set(f)]),
    schedule: scheduleSchema,
    timeZone: z.string().refine(isTimeZone, "an IANA time zone such as Europe/Berlin"),
    window: windowSchema.optional(),
    destinations: z.array(destinationSchema).min(1, "at least one destination").max(10),
    /** A configured webhook told about failed runs. */
    notifyFailures: z.string().min(1).max(64).optional(),
    paused: z.boolean().default(false),
  })
  .strict();

export type ReportInput = z.infer<typeof reportInputSchema>;
export type ReportSchedule = z.infer<typeof scheduleSchema>;
export type ReportDestination = z.infer<typeof destinationSchema>;

/** A destination's stable key in runs' delivery status: folder:finops, webhook:slack, email:a@x,b@y. */
export function destinationKey(d: ReportDestination): string {
  return d.kind === "email" ? `email:${d.to.join(",")}` : `${d.kind}:${d.name}`;
}
