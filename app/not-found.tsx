import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <div className="page-head">
        <h1>Page not found</h1>
      </div>
      <section className="panel">
        <p>Lattice Lens has no page at this address.</p>
        <p className="links">
          <Link href="/">Overview</Link> · <Link href="/gateways">Gateways</Link> ·{" "}
          <Link href="/configurations">Configurations</Link> · <Link href="/endpoints">Endpoints</Link> ·{" "}
          <Link href="/service-networks">Service networks</Link>
        </p>
      </section>
    </>
  );
}
