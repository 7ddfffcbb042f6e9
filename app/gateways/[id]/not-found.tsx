import { MissingResource } from "@/components/ui/missing-resource";

export default function NotFound() {
  return <MissingResource noun="resource gateway" listHref="/gateways" listLabel="resource gateways" />;
}
