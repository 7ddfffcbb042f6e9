import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dataDir } from "./data-dir";
import { migrations } from "./migrations";

export type Db = Database.Database;

const open = new Map<string, Db>();

/**
 * The data folder's SQLite database (`lattice-lens.db`), migrated. WAL lets the server's pages read
 * while the scheduler writes, and survives a kill -9 (a committed transaction is on disk, an
 * uncommitted one is rolled back on the next open). One handle per file per process.
 */
export function openDatabase(dir: string = dataDir()): Db {
  const file = path.join(dir, "lattice-lens.db");
  const cached = open.get(file);
  if (cached?.open) return cached;
  mkdirSync(dir, { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  open.set(file, db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let v = current; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Closes every handle this process opened (tests, and the standalone scheduler on exit). */
export function closeDatabases(): void {
  for (const db of open.values()) if (db.open) db.close();
  open.clear();
}
