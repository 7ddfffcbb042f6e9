import { safeFileName } from "@/lib/export/safe-file-name";

/**
 * The one way the browser saves a file: the name is made safe here (it is often built from AWS
 * names), whatever the caller passes.
 */
export function downloadUrl(url: string, fileName: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = safeFileName(fileName);
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Text as a file, through a Blob URL revoked once the click has started the download. */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
