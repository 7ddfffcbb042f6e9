import type { AuthMode } from "./identity";

const modes: readonly AuthMode[] = ["none", "none-i-know", "oidc", "proxy"];

/** LATTICE_LENS_AUTH, default `none`. An unknown value is an error naming the allowed ones. */
export function parseAuthMode(value: string | undefined): AuthMode {
  const v = (value ?? "").trim() || "none";
  if ((modes as readonly string[]).includes(v)) return v as AuthMode;
  throw new Error(`LATTICE_LENS_AUTH must be one of ${modes.join(", ")} (got "${v}")`);
}

export function signInIsOff(mode: AuthMode): boolean {
  return mode === "none" || mode === "none-i-know";
}
