import styles from "./traffic.module.css";

/** The traffic section's shape while the server queries the first window (streamed via Suspense). */
export function TrafficSkeleton() {
  return (
    <section className="panel" aria-busy="true" aria-labelledby="traffic-heading">
      <div className={styles.panelHead}>
        <h2 id="traffic-heading">Traffic</h2>
      </div>
      <div className={styles.progress} role="status">
        <span className={`spin ${styles.spinner}`} aria-hidden>
          ◌
        </span>
        Querying flow logs and access logs…
        <span className={styles.bar} aria-hidden />
      </div>
      <div className={styles.chartSkeleton} aria-hidden>
        <div className="skel" />
      </div>
    </section>
  );
}
