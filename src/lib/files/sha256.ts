import { createHash } from 'node:crypto';

/** Hex sha256 of a file's text as published (UTF-8). */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
