import Link from "next/link";
import { PageHead } from "@/components/ui/page-head";

export const metadata = { title: "Signed out" };

export default function SignedOutPage() {
  return (
    <>
      <PageHead title="Signed out" />
      <p>
        You are signed out of Lattice Lens. <Link href="/auth/sign-in">Sign in again</Link>
      </p>
    </>
  );
}
