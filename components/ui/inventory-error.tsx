import { ErrorPanel } from "./error-panel";
import { RetryButton } from "./retry-button";

/** What a page shows when getInventory failed: the AppError's message, and how to retry. */
export function InventoryError({
  heading,
  error,
}: {
  heading: string;
  error: { code: string; message: string };
}) {
  return (
    <>
      <div className="page-head">
        <h1>{heading}</h1>
      </div>
      <ErrorPanel title="Could not load the inventory" code={error.code} message={error.message}>
        <p>
          <RetryButton />
        </p>
      </ErrorPanel>
    </>
  );
}
