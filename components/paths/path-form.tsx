import styles from "./paths.module.css";

export interface ConsumerOption {
  value: string;
  label: string;
}

/** The path-check form: a plain GET to /paths, so the answer's URL is the question. */
export function PathForm({
  consumers,
  targets,
  consumer,
  target,
  from,
  to,
  compact = false,
}: {
  consumers: ConsumerOption[];
  targets?: ConsumerOption[];
  consumer?: string;
  target?: string;
  from?: string;
  to?: string;
  /** Target fixed (configuration / endpoint pages): only the consumer is picked. */
  compact?: boolean;
}) {
  return (
    <form action="/paths" method="get" className={styles.form} aria-label="Check path">
      <label>
        Consumer
        <select name="consumer" defaultValue={consumer ?? ""} required>
          <option value="" disabled>
            Pick a VPC or endpoint
          </option>
          {consumers.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {compact && target ? (
        <input type="hidden" name="target" value={target} />
      ) : (
        <label>
          Target (configuration id, DNS name or IP)
          <input
            name="target"
            defaultValue={target ?? ""}
            list="path-targets"
            required
            placeholder="rcfg-… or db.example.com"
          />
          {targets && (
            <datalist id="path-targets">
              {targets.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </datalist>
          )}
        </label>
      )}
      {from && <input type="hidden" name="from" value={from} />}
      {to && <input type="hidden" name="to" value={to} />}
      <button type="submit" className="btn">
        Check path
      </button>
    </form>
  );
}
