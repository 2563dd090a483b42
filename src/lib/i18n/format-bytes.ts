import { BCP47 } from './locales';
/**
 * A file size for people: bytes below 1 KB, then KB or MB with one decimal (1 KB = 1024 bytes).
 * @example formatBytes(2048, 'en') === '2 KB'; formatBytes(1536, 'zh-cn') === '1.5 KB'
 */
export function formatBytes(bytes: number, locale: 'zh-cn' | 'en'): string {
  const number = new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: 1 });
  if (bytes < 1024) return locale === 'zh-cn' ? `${bytes} 字节` : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}
