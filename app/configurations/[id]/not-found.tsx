import { MissingResource } from "@/components/ui/missing-resource";

export default function NotFound() {
  return (
    <MissingResource
      noun="resource configuration"
      listHref="/configurations"
      listLabel="resource configurations"
    />
  );
}
