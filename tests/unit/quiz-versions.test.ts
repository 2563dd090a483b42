import { describe, expect, it } from 'vitest';
import { optionLetter, quizVersion, seededRandom, shuffled } from '../../src/lib/learn/quiz-versions';

// Printable A/B versions: B is a seeded shuffle of A, the same on every build.
const bank = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, answer: i % 3, optionCount: 3 + (i % 2) }));

describe('quiz versions', () => {
  it('draws the same sequence from the same seed, and another from another seed', () => {
    const a = seededRandom('junior:b');
    const b = seededRandom('junior:b');
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const other = seededRandom('senior:b');
    expect(Array.from({ length: 5 }, () => other())).not.toEqual(first);
  });

  it('shuffles without losing or repeating anything, and leaves its input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, seededRandom('x'));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('prints version A as written', () => {
    const a = quizVersion(bank, 'a', 'junior');
    expect(a.map((i) => i.question.id)).toEqual(bank.map((q) => q.id));
    expect(a.map((i) => i.answer)).toEqual(bank.map((q) => q.answer));
  });

  it('prints version B in another order, reproducibly, with each answer following its option', () => {
    const b = quizVersion(bank, 'b', 'junior');
    expect(quizVersion(bank, 'b', 'junior')).toEqual(b); // a rebuild prints the same sheet
    expect(b.map((i) => i.question.id)).not.toEqual(bank.map((q) => q.id));
    expect([...b.map((i) => i.question.id)].sort()).toEqual([...bank.map((q) => q.id)].sort());
    for (const item of b) {
      expect(item.options[item.answer]).toBe(item.question.answer); // the printed answer is the original correct option
      expect([...item.options].sort()).toEqual(Array.from({ length: item.question.optionCount }, (_, k) => k));
      expect(item.options.some((o, k) => o !== k), item.question.id).toBe(true); // every item's options are reordered
    }
    const keyA = quizVersion(bank, 'a', 'junior').map((i) => `${i.question.id}${optionLetter(i.answer)}`);
    const keyB = new Set(b.map((i) => `${i.question.id}${optionLetter(i.answer)}`));
    expect(keyA.filter((k) => !keyB.has(k)).length).toBeGreaterThan(0); // answer letters differ
    expect(quizVersion(bank, 'b', 'senior').map((i) => i.question.id)).not.toEqual(b.map((i) => i.question.id));
  });

  it('still changes the order of a bank the shuffle would leave as it was', () => {
    const two = [{ id: 'x', answer: 0, optionCount: 3 }, { id: 'y', answer: 1, optionCount: 3 }];
    const orders = ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => quizVersion(two, 'b', seed).map((i) => i.question.id).join());
    expect(orders.every((o) => o === 'y,x')).toBe(true);
  });

  it('letters options A, B, C, D', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
