/**
 * Traditional characters that occur in queries about this plan, mapped to the simplified forms
 * the site is written in. Pagefind matches words, so 充電樁 would find nothing; folded to 充电桩 it
 * finds measure 15. One-to-one mappings only (no ambiguous characters such as 乾/干 or 髮/发).
 */
const TRADITIONAL = '電動車樁輛熱氣節廠綠發區環態築設備實風類煙園運輸鐵線場資費補貼裝與進這個們會國達標準價項計劃規導專門間樓廢舊雙減測數據統組織學燈調儲網變壓務機關單細護應對點處將試還溫擔權證經濟產業開辦創級優續為條溝傳約覽僅當萬億幫給讓裡圍際結構號說問題庫陽頂戶樹氫鍋爐燒圖書課師長麼嗎裏紙膠鋰貨碼錢買賣';
const SIMPLIFIED = '电动车桩辆热气节厂绿发区环态筑设备实风类烟园运输铁线场资费补贴装与进这个们会国达标准价项计划规导专门间楼废旧双减测数据统组织学灯调储网变压务机关单细护应对点处将试还温担权证经济产业开办创级优续为条沟传约览仅当万亿帮给让里围际结构号说问题库阳顶户树氢锅炉烧图书课师长么吗里纸胶锂货码钱买卖';

const MAP = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!]));

export function toSimplified(text: string): string {
  return [...text].map((c) => MAP.get(c) ?? c).join('');
}

/** For the unit test: both strings have as many characters. */
export const TRADITIONAL_TABLE_SIZES = [[...TRADITIONAL].length, [...SIMPLIFIED].length] as const;
