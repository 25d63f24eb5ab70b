import type { Locale } from '../i18n/locale';

// The config error page's words in both languages. The page shows only when a deployment is
// broken, so it and its text load only then (main.tsx), never on a working first page.

const en = {
  title: 'This app is not configured correctly',
  buildValues: 'The build-time VITE_* values have problems:',
  configFile: 'The file config.json next to this page has problems:',
  caption: 'Configuration problems',
  key: 'Key',
  expected: 'Expected',
  found: 'Found',
  /** Before and after `.env.example`, which is shown as code. */
  whoFixes: [
    "Whoever deployed this app can fix it; the keys are described in the project's README and ",
    '.',
  ] as readonly [string, string],
};

export type ConfigErrorText = typeof en;

const ko: ConfigErrorText = {
  title: '이 앱의 설정이 올바르지 않습니다',
  buildValues: '빌드 시점의 VITE_* 값에 문제가 있습니다:',
  configFile: '이 페이지 옆의 config.json 파일에 문제가 있습니다:',
  caption: '설정 문제',
  key: '키',
  expected: '기대한 값',
  found: '실제 값',
  whoFixes: [
    '앱을 배포한 사람이 고칠 수 있습니다. 각 키는 프로젝트의 README와 ',
    '에 설명되어 있습니다.',
  ],
};

export const configErrorText: Readonly<Record<Locale, ConfigErrorText>> = { en, ko };
