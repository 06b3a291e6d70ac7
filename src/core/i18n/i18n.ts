/**
 * Messages in English and Spanish, for the web app and the command line alike (DESIGN.md: i18n from the
 * start). Each area keeps its own catalog beside its code (for example `model-messages.ts`): an object with
 * one template per key per language, checked by the type system so that no language misses a key.
 *
 * Templates use `{name}` placeholders. Plural forms are chosen with `{n|one|other}`: the word after the
 * first bar when n is 1, after the second otherwise.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A catalog: every key has a template in every language. */
export type Catalog<K extends string> = Record<Lang, Record<K, string>>;

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g;

/** Fill a template's placeholders. An unknown placeholder is left visible rather than silently dropped. */
export function format(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
    return String(value);
  });
}

/** A translator bound to one catalog and one language. */
export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): (key: K, params?: Params) => string {
  const table = catalog[lang];
  return (key, params) => format(table[key], params);
}

/** The best of our languages for a list of preferences such as an Accept-Language header or navigator.languages. */
export function pickLang(preferences: readonly string[] | string | null | undefined): Lang {
  const list = typeof preferences === 'string' ? preferences.split(',') : (preferences ?? []);
  for (const pref of list) {
    const tag = pref.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (tag && (LANGS as readonly string[]).includes(tag)) return tag as Lang;
  }
  return 'en';
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
