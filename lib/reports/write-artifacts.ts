/**
 * Artifacts on disk: written under a temporary name, flushed, then renamed, so a file with its
 * final name is always complete; its size and sha256 are recorded only after the rename.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import type { RenderedFile } from "./render-artifacts";
import type { Artifact } from "./run-store";

export function runDir(dataDir: string, reportId: string, runId: string): string {
  return path.join(dataDir, "artifacts", reportId, runId);
}

export function writeFileAtomic(file: string, body: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export function writeArtifacts(dir: string, files: RenderedFile[]): Artifact[] {
  return files.map((f) => {
    writeFileAtomic(path.join(dir, f.name), f.body);
    return {
      name: f.name,
      format: f.format,
      contentType: f.contentType,
      size: f.body.length,
      sha256: createHash("sha256").update(f.body).digest("hex"),
    };
  });
}

/** Temporary files an interrupted write left behind (never offered: no row names them). */
export function removeTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names)
    if (n.startsWith(".") && n.endsWith(".tmp")) rmSync(path.join(dir, n), { force: true });
}
