import { z } from 'astro/zod';

/** How many measures the plan has (西政发〔2022〕10号: 24, in seven areas). */
export const EXPECTED_MEASURES = 24;

/**
 * A measure of the plan, by its number (1–24): the one definition every schema uses, so a
 * plan with another count changes in one place. @example 7
 */
export const measureNumber = () => z.number().int().min(1).max(EXPECTED_MEASURES, `measures are numbered 1–${EXPECTED_MEASURES}`);
