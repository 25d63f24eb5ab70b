import { useState } from 'react';
import { useI18n } from './i18n-context';
import { isLocale, localeNames, locales } from './locale';

/** A labelled select of the app's languages, each named in itself; the choice is remembered. */
export function LanguageSwitcher() {
  const { locale, text, setLocale } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <label className="language">
      <span className="visually-hidden">{text.layout.language}</span>
      <select
        value={locale}
        disabled={busy}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLocale(chosen)) return;
          setBusy(true);
          // A failed chunk leaves the page in its language; the select stays usable.
          void setLocale(chosen)
            .catch(() => undefined)
            .finally(() => setBusy(false));
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
