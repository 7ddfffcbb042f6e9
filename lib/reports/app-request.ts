import { issueRenderToken, RENDER_TOKEN_HEADER } from "@/lib/auth/render-token";
import { RENDERER_HEADER } from "./renderer-header";

/**
 * How report rendering reaches the app: every request (the API data for CSV and JSON, and the
 * print page Chromium opens for PDF and PNG) gets its headers here, and only here, so an internal
 * credential for the renderer is added in one place.
 */

export function appRequestHeaders(): Record<string, string> {
  // A short-lived render token: with sign-in on, the renderer reads as itself, never as a user.
  return { [RENDERER_HEADER]: "report", [RENDER_TOKEN_HEADER]: issueRenderToken() };
}

export class AppRequestError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GET a path of the app; a non-2xx answer throws with the app's own error message. */
export async function fetchFromApp(baseUrl: string, path: string, signal?: AbortSignal): Promise<Response> {
  const url = new URL(path, baseUrl).toString();
  let res: Response;
  try {
    res = await fetch(url, { headers: appRequestHeaders(), signal });
  } catch (e) {
    throw new AppRequestError(url, 0, `the app did not answer at ${baseUrl} (${(e as Error).message})`);
  }
  if (!res.ok) {
    const text = await res.text();
    let message = text.slice(0, 300);
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // not JSON: keep the text
    }
    throw new AppRequestError(
      url,
      res.status,
      `${path}: HTTP ${res.status} ${message}${refusalHint(res.status, baseUrl)}`,
    );
  }
  return res;
}

/**
 * Why the app may refuse the renderer: its render token is honoured only from loopback and only
 * when signed with the key of the server's own data folder (or LATTICE_LENS_SESSION_SECRET).
 */
export function refusalHint(status: number, baseUrl: string): string {
  if (status !== 401 && status !== 403) return "";
  return ` — the server at ${baseUrl} did not accept the renderer's token: it must run on this machine (loopback) with the same LATTICE_LENS_DATA folder or LATTICE_LENS_SESSION_SECRET as this process`;
}
