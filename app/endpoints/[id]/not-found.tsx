import { MissingResource } from "@/components/ui/missing-resource";

export default function NotFound() {
  return <MissingResource noun="VPC endpoint" listHref="/endpoints" listLabel="VPC endpoints" />;
}
