/**
 * The words a "which wording is accurate?" item may change: the plan's commitment ladder
 * (docs/translation-style.md: 确保 ensure, 力争 strive to, 原则上 in principle, 要 must, 鼓励
 * encourage, 推动/推进 promote/advance, 探索 explore, and the plan's 要求, 督促, 支持, 必须) and its
 * scope words (新建 new, 既有 existing, 所有 all). A wording item's options must read the same
 * once these words are taken out, so the only thing a pupil weighs is the word itself.
 */
export const WORDING_VARIANTS_ZH = ['确保', '力争', '原则上', '要求', '要', '鼓励', '推动', '推进', '探索', '督促', '支持', '必须', '新建', '既有', '所有'] as const;

// Longest first, so 要求 is taken out whole before 要.
const variantPattern = new RegExp([...WORDING_VARIANTS_ZH].sort((a, b) => b.length - a.length).join('|'), 'g');

/** A Chinese option with the variant words and all spaces and punctuation marks taken out. */
export const wordingSkeleton = (option: string) => option.replace(variantPattern, '').replace(/[\s\p{P}]/gu, '');
