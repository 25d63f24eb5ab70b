import { describe, expect, it } from 'vitest';
import { firstPageFiles, firstPageTextFiles } from './size';

// A manifest shaped like Vite's: the entry, a static import with CSS, lazy routes and the two
// languages' first-page text (dynamic imports of main.tsx).
const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/app/SignedInArea.tsx': { file: 'assets/SignedInArea.js', imports: ['_shared.js'] },
  'src/i18n/messages/en/first-page.ts': {
    file: 'assets/first-page-en.js',
    src: 'src/i18n/messages/en/first-page.ts',
  },
  'src/i18n/messages/ko/first-page.ts': {
    file: 'assets/first-page-ko.js',
    src: 'src/i18n/messages/ko/first-page.ts',
  },
  'src/i18n/messages/ko/signed-in.ts': {
    file: 'assets/signed-in-ko.js',
    src: 'src/i18n/messages/ko/signed-in.ts',
  },
};

describe('the first-page budget', () => {
  it('counts the entry, its static imports and their CSS, not lazy routes', () => {
    expect(firstPageFiles(manifest).sort()).toEqual([
      'assets/index.css',
      'assets/index.js',
      'assets/shared.js',
    ]);
  });

  it("finds every language's first-page text, and no signed-in text", () => {
    expect(firstPageTextFiles(manifest).sort()).toEqual([
      'assets/first-page-en.js',
      'assets/first-page-ko.js',
    ]);
  });
});
