/** Shown when an operator turned sign-in off on a non-loopback address (LATTICE_LENS_AUTH=none-i-know). */
export function AuthOffBanner() {
  return (
    <div role="alert" aria-label="Sign-in is off" className="demo-banner auth-off-banner">
      <strong>Sign-in is off</strong>
      <span>
        LATTICE_LENS_AUTH=none-i-know: anyone who can reach this server can use it. Set LATTICE_LENS_AUTH to
        oidc or proxy for a shared host.
      </span>
    </div>
  );
}
