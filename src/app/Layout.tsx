import { NavLink, Outlet, useHref, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** Page frame: skip link, header with navigation, the routed page, footer. */
export function Layout() {
  const location = useLocation();
  const home = useHref('/');
  const { text } = useI18n();
  const words = text.layout;
  return (
    <>
      <a className="skip-link" href="#main">
        {words.skipLink}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand" end>
          {words.brand}
        </NavLink>
        <nav aria-label={words.navigation}>
          <ul>
            <li>
              <NavLink to="/transactions">{words.transactions}</NavLink>
            </li>
            <li>
              <NavLink to="/profile">{words.profile}</NavLink>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary
          resetKey={location.pathname}
          homeHref={home.endsWith('/') ? home : `${home}/`}
          text={text.routeError}
        >
          <Outlet />
        </RouteErrorBoundary>
      </main>
    </>
  );
}
