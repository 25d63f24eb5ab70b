import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router-dom';
import type { RenderStrictOptions } from './render-strict';
import { renderStrict } from './render-strict';

/** Shows the router's URL and a Back button, as a person sees the address bar. */
function AddressBar() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="Address">{`${location.pathname}${location.search}`}</output>
      <button type="button" onClick={() => void navigate(-1)}>
        Browser back
      </button>
    </>
  );
}

/** Renders `ui` in StrictMode under a router at `url`, with an address bar to read and go back. */
export function renderAt(
  ui: ReactElement,
  url = '/transactions',
  options: RenderStrictOptions = {},
): RenderResult {
  return renderStrict(
    <MemoryRouter initialEntries={[url]}>
      {ui}
      <AddressBar />
    </MemoryRouter>,
    options,
  );
}
