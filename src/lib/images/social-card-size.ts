/** Open Graph and Twitter both recommend 1200 × 630 (1.91:1) for large preview images. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;
