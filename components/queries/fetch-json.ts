/** An /api error as the route handlers shape it (lib/http/to-error-response): code and a sentence for users. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "network", "The Lattice Lens server did not answer (network error).");
  }
  if (res.ok) return (await res.json()) as T;
  let body: { error?: { code?: string; message?: string; field?: string } } = {};
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page): fall through to the status line.
  }
  throw new ApiError(
    res.status,
    body.error?.code ?? `http_${res.status}`,
    body.error?.message ?? `The server answered ${res.status} ${res.statusText}.`,
    body.error?.field,
  );
}
