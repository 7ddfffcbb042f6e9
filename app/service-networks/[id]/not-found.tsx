import { MissingResource } from "@/components/ui/missing-resource";

export default function NotFound() {
  return <MissingResource noun="service network" listHref="/service-networks" listLabel="service networks" />;
}
