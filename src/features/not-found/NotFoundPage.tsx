import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context';

/** Any path the app does not know. */
export function NotFoundPage() {
  const location = useLocation();
  const { notFound } = useI18n().text;
  const [before, after] = notFound.noPageAt;
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{notFound.title}</h1>
      <p>
        {before}
        <code>{location.pathname}</code>
        {after}
      </p>
      <p>
        <Link to="/">{notFound.goHome}</Link>
      </p>
    </section>
  );
}
