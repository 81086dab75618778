/** Site header: brand, navigation, theme toggle and the signed-in user's menu. */
import { useEffect, useRef, useState } from "react";
import { Link, NavLink, useLocation, useNavigate } from "react-router";
import { useLogout, useMe } from "../api/auth";
import { LogOutIcon, LogoMark, MoonIcon, ShieldIcon, SunIcon, UserIcon } from "./Icons";
import { useTheme } from "./theme";

function ThemeToggle() {
  const { theme, toggle } = useTheme();
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button
      className="btn btn-ghost btn-icon"
      onClick={toggle}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      data-testid="theme-toggle"
    >
      {theme === "dark" ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

function UserMenu({ username, isAdmin }: { username: string; isAdmin: boolean }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const logout = useLogout();
  const navigate = useNavigate();
  useEffect(() => {
    if (!open) return;
    const onDoc = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDoc);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDoc);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  return (
    <div className="user-menu" ref={ref}>
      <button
        className="avatar-btn"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="user-menu"
      >
        <span className="avatar" aria-hidden="true">
          {username.slice(0, 1).toUpperCase()}
        </span>
        <span className="avatar-name">{username}</span>
      </button>
      {open && (
        <div className="menu" role="menu">
          <Link
            role="menuitem"
            className="menu-item"
            to={`/users/${encodeURIComponent(username)}`}
            onClick={() => setOpen(false)}
          >
            <UserIcon /> Profile
          </Link>
          {isAdmin && (
            <Link role="menuitem" className="menu-item" to="/admin" onClick={() => setOpen(false)}>
              <ShieldIcon /> Admin
            </Link>
          )}
          <button
            role="menuitem"
            className="menu-item"
            onClick={() =>
              logout.mutate(undefined, {
                onSuccess: () => {
                  setOpen(false);
                  void navigate("/problems");
                },
              })
            }
          >
            <LogOutIcon /> Sign out
          </button>
        </div>
      )}
    </div>
  );
}

export function Header() {
  const me = useMe();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  const user = me.data;
  return (
    <header className="header">
      <Link to="/problems" className="brand" aria-label="Assay home">
        <LogoMark />
        <span>Assay</span>
      </Link>
      <nav className="nav" aria-label="Main">
        <NavLink to="/problems" className="nav-link">
          Problems
        </NavLink>
        <NavLink to="/topics" className="nav-link">
          Topics
        </NavLink>
        <NavLink to="/leaderboard" className="nav-link">
          Leaderboard
        </NavLink>
        {user?.is_admin && (
          <NavLink to="/admin" className="nav-link">
            Admin
          </NavLink>
        )}
      </nav>
      <div className="spacer" />
      <ThemeToggle />
      {user ? (
        <UserMenu username={user.username} isAdmin={user.is_admin} />
      ) : me.isPending ? (
        <span className="avatar skeleton" aria-hidden="true" />
      ) : (
        <div className="row">
          <Link className="btn btn-ghost" to={`/login?next=${next}`}>
            Sign in
          </Link>
          <Link className="btn btn-primary" to={`/register?next=${next}`}>
            Register
          </Link>
        </div>
      )}
    </header>
  );
}
