import { describe, expect, it } from 'vitest';
import { CLASS_CODE_MAX_KG, decodeClassCode, encodeClassCode, readClassCodes, sizeBand } from '../../src/lib/learn/class-codes';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXY';

describe('class codes', () => {
  it('round-trip the per-person result, rounded to 10 kg, and the household-size band only', () => {
    for (const [kg, size, band] of [[0, 1, '1-2'], [1234, 3, '3-4'], [1235, 4, '3-4'], [987.4, 2, '1-2'], [15_000, 7, '5+'], [CLASS_CODE_MAX_KG, 10, '5+']] as const) {
      const code = encodeClassCode(kg, size);
      expect(code).toMatch(/^XC1-[0-9A-Y]{4}-[0-9A-Y]$/);
      expect(decodeClassCode(code)).toEqual({ ok: true, perPersonKg: Math.round(kg / 10) * 10, band });
    }
  });

  it('holds nothing but the rounded result and the band: families with the same rounded result get the same code', () => {
    expect(encodeClassCode(1231, 3)).toBe(encodeClassCode(1228, 4));
    expect(encodeClassCode(1231, 3)).not.toBe(encodeClassCode(1231, 5));
  });

  it('clamps a result beyond what a code holds instead of wrapping round', () => {
    expect(decodeClassCode(encodeClassCode(10 ** 9, 1))).toMatchObject({ perPersonKg: CLASS_CODE_MAX_KG });
    expect(decodeClassCode(encodeClassCode(-5, 1))).toMatchObject({ perPersonKg: 0 });
  });

  it('reads codes as people type them: lower case, no hyphens, spaces, full-width, O for 0 and I or L for 1', () => {
    const code = encodeClassCode(1010, 2); // XC1-01??-?
    const expected = decodeClassCode(code);
    expect(decodeClassCode(code.toLowerCase())).toEqual(expected);
    expect(decodeClassCode(code.replaceAll('-', ''))).toEqual(expected);
    expect(decodeClassCode(` ${code} `)).toEqual(expected);
    expect(decodeClassCode(code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).toEqual(expected);
    expect(decodeClassCode(code.replaceAll('0', 'O').replaceAll('1', 'l'))).toEqual(expected);
  });

  it('refuses every single mistyped symbol and every swap of neighbouring symbols', () => {
    for (const [kg, size] of [[1234, 3], [0, 1], [56_780, 6]] as const) {
      const code = encodeClassCode(kg, size);
      const symbols = code.replace(/^XC1-|-/g, '');
      const build = (s: string) => `XC1-${s.slice(0, 4)}-${s.slice(4)}`;
      for (let i = 0; i < symbols.length; i++) {
        for (const other of SYMBOLS) {
          if (other === symbols[i]) continue;
          const typo = build(symbols.slice(0, i) + other + symbols.slice(i + 1));
          expect(decodeClassCode(typo).ok, typo).toBe(false);
        }
        if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
          const swapped = build(symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2));
          expect(decodeClassCode(swapped), swapped).toEqual({ ok: false, problem: 'typo' });
        }
      }
    }
  });

  it('says why a code is refused', () => {
    const code = encodeClassCode(1234, 3);
    expect(decodeClassCode('hello')).toEqual({ ok: false, problem: 'not-a-class-code' });
    expect(decodeClassCode(code.replace('XC1', 'XC2'))).toEqual({ ok: false, problem: 'unknown-version' });
    expect(decodeClassCode(code.slice(0, -1))).toEqual({ ok: false, problem: 'wrong-length' });
    expect(decodeClassCode(`${code}7`)).toEqual({ ok: false, problem: 'wrong-length' });
    expect(decodeClassCode(code.replace(/-(.)$/, '-Z'))).toEqual({ ok: false, problem: 'bad-character' });
    expect(decodeClassCode(code.replace(/-(.)$/, '-U'))).toEqual({ ok: false, problem: 'bad-character' });
  });

  it('refuses a band no version-1 code has, even with a correct check symbol', () => {
    // Band value 3 with result 0: make the check symbol that completes the sum.
    const values = [1, 3, 0, 0, 0];
    const partial = values.reduce((s, v, i) => s + (i + 1) * v, 0) % 31;
    const check = [...Array(31).keys()].find((c) => (partial + 6 * c) % 31 === 0)!;
    expect(decodeClassCode(`XC1-3000-${SYMBOLS[check]}`)).toEqual({ ok: false, problem: 'bad-band' });
  });

  it('bands household sizes without giving the exact size', () => {
    expect([1, 2, 3, 4, 5, 10].map(sizeBand)).toEqual(['1-2', '1-2', '3-4', '3-4', '5+', '5+']);
  });

  it('reads many pasted codes, one per line or separated by spaces or commas, listing the refused ones', () => {
    const a = encodeClassCode(1500, 3);
    const b = encodeClassCode(900, 2);
    const pasted = `${a}\n${b}  ${a.toLowerCase()}，XC1-0000\n\n nonsense`;
    const { results, refused } = readClassCodes(pasted);
    expect(results).toEqual([{ perPersonKg: 1500, band: '3-4' }, { perPersonKg: 900, band: '1-2' }, { perPersonKg: 1500, band: '3-4' }]);
    expect(refused).toEqual([{ code: 'XC1-0000', problem: 'wrong-length' }, { code: 'nonsense', problem: 'not-a-class-code' }]);
    expect(readClassCodes('  \n ')).toEqual({ results: [], refused: [] });
  });
});

describe('the class page’s example code', () => {
  it('is a valid code, so a teacher who tries it sees it read', async () => {
    const en = (await import('../../src/lib/i18n/strings/en.json')).default['classResults.codesHint'];
    const zh = (await import('../../src/lib/i18n/strings/zh-CN.json')).default['classResults.codesHint'];
    const example = en.match(/XC1-[0-9A-Y]{4}-[0-9A-Y]/)![0];
    expect(zh).toContain(example);
    expect(decodeClassCode(example).ok).toBe(true);
  });
});
