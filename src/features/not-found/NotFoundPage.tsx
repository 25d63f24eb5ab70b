import { Link, useLocation } from 'react-router-dom';

/** Any path the app does not know. */
export function NotFoundPage() {
  const location = useLocation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>.
      </p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
