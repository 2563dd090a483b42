/**
 * Class codes: a family's calculator result as a short code its child hands to the teacher, so a
 * class can see its spread without accounts, a server or personal data. A code holds only the
 * rounded per-person result and a household-size band — no name, no bill, no exact size — and
 * a check character, so a mistyped code is refused rather than counted wrongly.
 *
 *   XC1-2A7K-M   "XC" (Xicheng calculator), format version 1; then the size band (1 symbol),
 *                the per-person result in tens of kg CO₂ a year (3 symbols), the check symbol.
 *
 * The symbols are Crockford's base 32 without Z (easily read as 2): 31 symbols, a prime. The
 * check symbol makes Σ (position × value) ≡ 0 (mod 31) over the version and the five symbols,
 * so every single wrong symbol and every swap of two neighbouring symbols is refused (the
 * position weights are distinct and non-zero mod 31, and so are their neighbouring differences).
 * Codes do not depend on the page's language: one made on the English page reads on the Chinese
 * class page. Browser-safe: no imports.
 */

/** 31 symbols: 0–9 and the letters without I, L, O, U (Crockford) and Z. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY';
const BASE = ALPHABET.length; // 31, prime
export const CLASS_CODE_VERSION = 1;
const PREFIX = 'XC';
/** Tens of kilograms: a per-person result is rounded to the nearest 10 kg. */
export const CLASS_CODE_STEP_KG = 10;
/** The largest per-person result a code can hold (3 symbols of tens of kg), about 298 t. */
export const CLASS_CODE_MAX_KG = (BASE ** 3 - 1) * CLASS_CODE_STEP_KG;

/** Household-size bands: a code never holds the exact size, which could identify a family. */
export const SIZE_BANDS = ['1-2', '3-4', '5+'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export function sizeBand(householdSize: number): SizeBand {
  if (householdSize <= 2) return '1-2';
  if (householdSize <= 4) return '3-4';
  return '5+';
}

export interface ClassResult {
  /** kg CO₂ a year per person, rounded to the nearest 10 kg. */
  perPersonKg: number;
  band: SizeBand;
}

export type ClassCodeProblem = 'not-a-class-code' | 'unknown-version' | 'wrong-length' | 'bad-character' | 'typo' | 'bad-band';
export type DecodedClassCode = ({ ok: true } & ClassResult) | { ok: false; problem: ClassCodeProblem };

const checkSum = (values: readonly number[]) => values.reduce((sum, v, i) => sum + (i + 1) * v, 0) % BASE;

/**
 * The code for a household's per-person result (kg CO₂ a year) and its size.
 * @example encodeClassCode(1234, 3) === 'XC1-1041-…'  (band 3–4, 1,230 kg per person)
 */
export function encodeClassCode(perPersonKg: number, householdSize: number): string {
  const tens = Math.min(Math.max(Math.round(perPersonKg / CLASS_CODE_STEP_KG), 0), BASE ** 3 - 1);
  const payload = [SIZE_BANDS.indexOf(sizeBand(householdSize)), Math.floor(tens / BASE ** 2), Math.floor(tens / BASE) % BASE, tens % BASE];
  // The check value c completes the sum: checkSum(version, …payload, c) must be 0, and c's weight is 6.
  const partial = checkSum([CLASS_CODE_VERSION, ...payload]);
  const check = ((BASE - partial) * inverse(payload.length + 2)) % BASE;
  const symbols = [...payload, check].map((v) => ALPHABET[v]).join('');
  return `${PREFIX}${CLASS_CODE_VERSION}-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** The multiplicative inverse mod 31 (31 is prime, so every 1–30 has one). */
function inverse(n: number): number {
  for (let i = 1; i < BASE; i++) if ((n * i) % BASE === 1) return i;
  throw new Error(`no inverse of ${n} mod ${BASE}`);
}

/** The value of a symbol as people type it: lower case, O for 0, I or L for 1. */
function symbolValue(symbol: string): number {
  const s = symbol.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
  return ALPHABET.indexOf(s);
}

/**
 * Reads one code as typed or scanned: case, hyphens, full-width characters and O/0, I/1, L/1 do
 * not matter; anything else wrong is refused with the reason.
 */
export function decodeClassCode(text: string): DecodedClassCode {
  const compact = text.normalize('NFKC').replace(/[-\s]/g, '').toUpperCase();
  if (!compact.startsWith(PREFIX)) return { ok: false, problem: 'not-a-class-code' };
  const version = symbolValue(compact.charAt(2));
  if (version !== CLASS_CODE_VERSION) return { ok: false, problem: 'unknown-version' };
  const symbols = compact.slice(3);
  if (symbols.length !== 5) return { ok: false, problem: 'wrong-length' };
  const values = [...symbols].map(symbolValue);
  if (values.some((v) => v < 0)) return { ok: false, problem: 'bad-character' };
  if (checkSum([version, ...values]) !== 0) return { ok: false, problem: 'typo' };
  const [band, a, b, c] = values as [number, number, number, number];
  const bandName = SIZE_BANDS[band];
  if (!bandName) return { ok: false, problem: 'bad-band' };
  return { ok: true, perPersonKg: (a * BASE ** 2 + b * BASE + c) * CLASS_CODE_STEP_KG, band: bandName };
}

export interface ReadClassCodes {
  results: ClassResult[];
  refused: { code: string; problem: ClassCodeProblem }[];
}

/** Reads every code in what the teacher pasted: one per line, or separated by spaces, commas or semicolons. */
export function readClassCodes(pasted: string): ReadClassCodes {
  const codes = pasted.normalize('NFKC').split(/[\s,;，；、]+/).filter((c) => c !== '');
  const results: ClassResult[] = [];
  const refused: ReadClassCodes['refused'] = [];
  for (const code of codes) {
    const decoded = decodeClassCode(code);
    if (decoded.ok) results.push({ perPersonKg: decoded.perPersonKg, band: decoded.band });
    else refused.push({ code, problem: decoded.problem });
  }
  return { results, refused };
}
