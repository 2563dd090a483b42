import metadata from '../../data/plan-metadata.json';
import { planMetadataSchema } from '../schemas/plan-metadata';
import { formatDate } from '../i18n/format-date';
import { LOCALES, pick, type Locale } from '../i18n/locales';

/** The plan's title, number, issuer and dates (src/data/plan-metadata.json, checked before the build). */
export const PLAN = planMetadataSchema.parse(metadata);

/**
 * The plan's facts as interface-string placeholders, so no string repeats them:
 * `{planTitle}`, `{planNumber}` (and `{planNumberOriginal}`, the Chinese number), `{planIssuer}`,
 * `{planPrintedBy}`, `{planDated}` (the date the document bears) and `{planDate}` (the day it
 * was issued), dates written as the language writes them.
 */
function placeholdersOf(locale: Locale): Record<string, string> {
  return {
    planTitle: pick(locale, PLAN.title),
    planNumber: pick(locale, PLAN.documentNumber),
    planNumberOriginal: PLAN.documentNumber.zh,
    planIssuer: pick(locale, PLAN.issuer),
    planPrintedBy: pick(locale, PLAN.printedBy),
    planDated: formatDate(locale, PLAN.dated),
    planDate: formatDate(locale, PLAN.issued),
  };
}

// Computed once per language: t() merges them into every string it fills.
const PLACEHOLDERS = Object.fromEntries(LOCALES.map((locale) => [locale, placeholdersOf(locale)])) as Record<Locale, Record<string, string>>;
export const planPlaceholders = (locale: Locale): Readonly<Record<string, string>> => PLACEHOLDERS[locale];
