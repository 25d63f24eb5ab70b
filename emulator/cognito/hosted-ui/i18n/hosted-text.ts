import type { ManagedLoginLang } from './hosted-lang';
import { hostedTextEn, type HostedText } from './hosted-text.en';
import { hostedTextKo } from './hosted-text.ko';

export type { HostedText } from './hosted-text.en';

/**
 * The texts for a `lang`: Korean and English are written; the other values managed login
 * accepts (de, es, fr, …) show English, as an unsupported value does.
 */
export function hostedText(lang: ManagedLoginLang): HostedText {
  return lang === 'ko' ? hostedTextKo : hostedTextEn;
}
