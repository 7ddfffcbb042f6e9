import type { ReactNode } from "react";

const hints: Record<string, string> = {
  invalid_config: "Check lattice-lens.config.json (or the file LATTICE_LENS_CONFIG names).",
  aws_credentials: "Lattice Lens found no usable AWS credentials for the configured accounts.",
  aws_access_denied: "The credentials lack a permission; see the IAM policy in the README.",
  aws_throttled: "AWS throttled the discovery calls; try again in a minute.",
  upstream_unavailable: "An AWS endpoint did not answer.",
};

export function ErrorPanel({
  title,
  code,
  message,
  children,
}: {
  title: string;
  code?: string;
  message: string;
  children?: ReactNode;
}) {
  return (
    <section role="alert" className="panel panel-error">
      <h2>{title}</h2>
      <p>{message}</p>
      {code && hints[code] && <p className="muted">{hints[code]}</p>}
      {code && (
        <p className="muted small">
          Error code: <code>{code}</code>
        </p>
      )}
      {children}
    </section>
  );
}
