/**
 * Printable A/B versions of a quiz bank. Version A is the bank as written; version B has the
 * items and each item's options in another order, so neighbours' sheets differ. The order comes
 * from a seeded generator (the band's name), never Math.random: every build prints the same
 * sheets, and a teacher's answer key from last week still fits this week's PDF.
 */

export const QUIZ_VERSIONS = ['a', 'b'] as const;
export type QuizVersion = (typeof QUIZ_VERSIONS)[number];

/** One item as printed: which question, its options' original indexes in printed order, and the printed index of the answer. */
export interface VersionItem<Q> {
  question: Q;
  /** `options[k]` is the original index of the option printed k-th. */
  options: number[];
  /** Printed (0-based) index of the correct option. */
  answer: number;
}

/** A small, well-mixed 32-bit generator (mulberry32) seeded by a string hash (FNV-1a): same seed, same sequence, on every machine. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle driven by `random` (a new array; the input is left as it is). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const isIdentity = (order: readonly number[]) => order.every((v, i) => v === i);
/** Moves the first element to the end: a changed order when a shuffle happened to change nothing. */
const rotated = <T>(order: readonly T[]) => [...order.slice(1), order[0]!];

/**
 * A bank's items in one version. `seed` names the bank (its band), so each band's B differs in its
 * own way. In B the items' order and every item's options' order differ from A wherever there is
 * more than one possibility.
 */
export function quizVersion<Q extends { answer: number; optionCount: number }>(questions: readonly Q[], version: QuizVersion, seed: string): VersionItem<Q>[] {
  if (version === 'a') return questions.map((question) => ({ question, options: range(question.optionCount), answer: question.answer }));
  const random = seededRandom(`${seed}:${version}`);
  let order = shuffled(range(questions.length), random);
  if (questions.length > 1 && isIdentity(order)) order = rotated(order);
  return order.map((qi) => {
    const question = questions[qi]!;
    let options = shuffled(range(question.optionCount), random);
    if (isIdentity(options)) options = rotated(options);
    return { question, options, answer: options.indexOf(question.answer) };
  });
}

/** Answer letters as printed: A, B, C, D. */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);
