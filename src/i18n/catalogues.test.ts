import { describe, expect, it } from 'vitest';
import { firstPage as enFirstPage } from './messages/en/first-page';
import { signedIn as enSignedIn } from './messages/en/signed-in';
import { firstPage as koFirstPage } from './messages/ko/first-page';
import { signedIn as koSignedIn } from './messages/ko/signed-in';

/** Every leaf of a catalogue with its path: strings, tuples' parts and functions. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }
  return [[path, value]];
}

describe.each([
  ['first page', enFirstPage, koFirstPage],
  ['signed-in pages', enSignedIn, koSignedIn],
])('the %s catalogues', (_name, en, ko) => {
  it('have the same keys in both languages', () => {
    expect(leaves(ko).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
  });

  it('have Korean words for every English sentence (a leaf left in English is a miss)', () => {
    const english = new Map(leaves(en));
    const untranslated = leaves(ko).filter(
      ([path, value]) =>
        typeof value === 'string' && /[a-z]{4}/i.test(value) && value === english.get(path),
    );
    expect(untranslated).toEqual([]);
  });

  // Parts of a sentence around a value (`noPageAt`) may be empty: word order differs.
  it('have no empty text where English has some', () => {
    const english = new Map(leaves(en));
    const empty = leaves(ko).filter(
      ([path, value]) => value === '' && english.get(path) !== '' && !/\.\d+$/.test(path),
    );
    expect(empty).toEqual([]);
  });
});
