/**
 * One scheduler per data folder: a lease row in the database. The holder renews it on every
 * heartbeat; another process takes it over when the lease is stale, or at once when the holder's
 * process is gone (same host, pid no longer alive: a kill -9 leaves no one to release it).
 */
import { hostname } from "node:os";
import type { Db } from "@/lib/store/open-database";

export const LEASE_MS = 30_000;

interface LockRow {
  owner: string;
  pid: number;
  host: string;
  heartbeat_at: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function tryAcquireLock(db: Db, owner: string, now: number): boolean {
  const host = hostname();
  return db.transaction(() => {
    const row = db.prepare("SELECT owner, pid, host, heartbeat_at FROM scheduler_lock WHERE id = 1").get() as
      | LockRow
      | undefined;
    const free =
      !row ||
      row.owner === owner ||
      now - row.heartbeat_at > LEASE_MS ||
      (row.host === host && row.pid !== process.pid && !alive(row.pid));
    if (!free) return false;
    db.prepare(
      "INSERT INTO scheduler_lock (id, owner, pid, host, heartbeat_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host, heartbeat_at = excluded.heartbeat_at",
    ).run(owner, process.pid, host, now);
    return true;
  })();
}

/** False when another process has taken the lock over (this one must stop scheduling). */
export function renewLock(db: Db, owner: string, now: number): boolean {
  return (
    db.prepare("UPDATE scheduler_lock SET heartbeat_at = ? WHERE id = 1 AND owner = ?").run(now, owner)
      .changes > 0
  );
}

export function releaseLock(db: Db, owner: string): void {
  db.prepare("DELETE FROM scheduler_lock WHERE id = 1 AND owner = ?").run(owner);
}

export function lockHolder(db: Db): { pid: number; host: string; heartbeatAt: number } | undefined {
  const row = db.prepare("SELECT pid, host, heartbeat_at FROM scheduler_lock WHERE id = 1").get() as
    | LockRow
    | undefined;
  return row ? { pid: row.pid, host: row.host, heartbeatAt: row.heartbeat_at } : undefined;
}
