"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const items = [
  { href: "/", label: "Overview" },
  { href: "/gateways", label: "Gateways" },
  { href: "/configurations", label: "Configurations" },
  { href: "/endpoints", label: "Endpoints" },
  { href: "/service-networks", label: "Service networks" },
  { href: "/findings", label: "Findings" },
  { href: "/alarms", label: "Alarms" },
  { href: "/cost", label: "Cost" },
  { href: "/topology", label: "Topology" },
  { href: "/reports", label: "Reports" },
  { href: "/setup", label: "Setup" },
  { href: "/paths", label: "Path check" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="nav">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link key={item.href} href={item.href} aria-current={active ? "page" : undefined}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
