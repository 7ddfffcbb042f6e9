import "server-only";
import { headers } from "next/headers";
import type { Identity } from "@/lib/auth/identity";
import { decodeIdentity, IDENTITY_HEADER } from "@/lib/auth/identity-header";

/** The identity proxy.ts established for this request; undefined on public pages before sign-in. */
export async function currentIdentity(): Promise<Identity | undefined> {
  return decodeIdentity((await headers()).get(IDENTITY_HEADER));
}
