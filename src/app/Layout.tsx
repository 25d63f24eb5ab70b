import { NavLink, Outlet, useHref, useLocation } from 'react-router-dom';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** Page frame: skip link, header with navigation, the routed page, footer. */
export function Layout() {
  const location = useLocation();
  const home = useHref('/');
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand" end>
          Ledger
        </NavLink>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/transactions">Transactions</NavLink>
            </li>
            <li>
              <NavLink to="/profile">Profile</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary
          resetKey={location.pathname}
          homeHref={home.endsWith('/') ? home : `${home}/`}
        >
          <Outlet />
        </RouteErrorBoundary>
      </main>
    </>
  );
}
