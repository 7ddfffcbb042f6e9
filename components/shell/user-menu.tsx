export interface UserMenuProps {
  name: string;
  role: "viewer" | "editor";
  /** `form`: POST /auth/sign-out (oidc); a URL: the proxy's own sign-out; none: sign-in is off. */
  signOut?: "form" | { href: string };
}

export function UserMenu({ name, role, signOut }: UserMenuProps) {
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="meta">
        {name} · <span data-testid="user-role">{role}</span>
      </span>
      {signOut === "form" && (
        <form method="post" action="/auth/sign-out">
          <button type="submit" className="button-link">
            Sign out
          </button>
        </form>
      )}
      {signOut && signOut !== "form" && (
        <a className="button-link" href={signOut.href}>
          Sign out
        </a>
      )}
    </div>
  );
}
