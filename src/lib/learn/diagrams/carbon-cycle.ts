import type { Locale } from '../../i18n/locales';
import { wordsOf, type DiagramDefinition, type DrawOptions } from './diagram';
import { IPCC_SOURCES } from './climate-sources';
import { arrow, arrowMarkers, badge, box, COLOURS, label, numberedKey, svgDocument } from './svg-parts';

/**
 * The carbon cycle as a junior-secondary picture: the air's carbon dioxide exchanged with plants
 * and the ocean, and fossil carbon added by burning. Statements as the IPCC's AR6 glossary and
 * Summary for Policymakers make them (climate-sources.ts); no numbers. Natural flows are solid
 * lines, the human one dashed, so the difference does not rest on colour.
 */
const WORDS = {
  'zh-cn': {
    air: '大气中的二氧化碳',
    plants: '森林、草地等植物\n（碳汇）',
    ocean: '海洋（碳汇）',
    fossil: '化石能源\n（煤、石油、天然气）',
    photosynthesis: '光合作用',
    respiration: '呼吸、分解',
    exchange: '吸收和释放',
    burning: '燃烧化石能源',
    key: [
      '光合作用：植物吸收大气中的二氧化碳，把碳储存在植物体内。',
      '呼吸作用和分解：生物呼吸、枯枝落叶被分解时，碳又以二氧化碳的形式回到大气。',
      '海洋和大气之间交换二氧化碳：海洋既吸收二氧化碳，也释放二氧化碳。',
      '燃烧煤、石油、天然气等化石能源，把长期储存在地下的碳以二氧化碳的形式排入大气（虚线：人类活动）。',
      '碳汇：森林、海洋等吸收并储存二氧化碳，吸收了人类排放的一部分二氧化碳。排放继续增加时，它们减缓大气中二氧化碳积累的作用会减弱。',
    ],
  },
  en: {
    air: 'Carbon dioxide in the air',
    plants: 'Forests, grassland and other plants (carbon sinks)',
    ocean: 'Ocean (carbon sink)',
    fossil: 'Fossil fuels (coal, oil, natural gas)',
    photosynthesis: 'Photosynthesis',
    respiration: 'Respiration, decay',
    exchange: 'Taken up and given off',
    burning: 'Burning fossil fuels',
    key: [
      'Photosynthesis: plants take carbon dioxide from the air and store the carbon in their bodies.',
      'Respiration and decay: when living things breathe and dead leaves and wood decay, the carbon returns to the air as carbon dioxide.',
      'The ocean and the air exchange carbon dioxide: the ocean both takes it up and gives it off.',
      'Burning coal, oil, natural gas and other fossil fuels releases carbon stored underground for a very long time into the air as carbon dioxide (dashed line: human activity).',
      'Carbon sinks: forests, the ocean and others take up and store carbon dioxide, including part of what people emit. If emissions keep rising, they become less effective at slowing the build-up of carbon dioxide in the air.',
    ],
  },
} as const;

function draw(locale: Locale, idPrefix: string, { withKey = true }: DrawOptions = {}): string {
  const w = WORDS[locale];
  const key = withKey ? numberedKey([...w.key], locale, 20, 520, 760) : { markup: '', height: 0 };
  const body = [
    arrowMarkers(idPrefix, ['brand', 'water', 'heat']),
    box(250, 16, 300, 88, { fill: COLOURS.sky, stroke: COLOURS.water }),
    label(w.air, locale, { x: 400, y: 52, size: 20, weight: 'bold', anchor: 'middle', maxWidth: 270, lineHeight: 26 }),
    box(20, 236, 240, 96, { fill: '#e3f1ea', stroke: COLOURS.brand }),
    label(w.plants, locale, { x: 140, y: 274, size: 18, weight: 'bold', anchor: 'middle', maxWidth: 210, lineHeight: 25 }),
    box(540, 236, 240, 96, { fill: COLOURS.sky, stroke: COLOURS.water }),
    label(w.ocean, locale, { x: 660, y: 290, size: 19, weight: 'bold', anchor: 'middle', maxWidth: 210 }),
    box(270, 410, 260, 90, { fill: '#efe8d6', stroke: COLOURS.earth }),
    label(w.fossil, locale, { x: 400, y: 446, size: 18, weight: 'bold', anchor: 'middle', maxWidth: 230, lineHeight: 25 }),
    arrow(idPrefix, 'M262 108 L92 230', { colour: 'brand', width: 4 }),
    label(w.photosynthesis, locale, { x: 20, y: 150, size: 17, fill: COLOURS.brand, weight: 'bold', maxWidth: 140 }),
    badge(1, 150, 188),
    arrow(idPrefix, 'M182 230 L322 110', { colour: 'brand', width: 4 }),
    label(w.respiration, locale, { x: 272, y: 190, size: 17, fill: COLOURS.brand, weight: 'bold', maxWidth: 110 }),
    badge(2, 240, 180),
    arrow(idPrefix, 'M548 108 L668 230', { colour: 'water', width: 4, both: true }),
    label(w.exchange, locale, { x: 628, y: 140, size: 17, fill: COLOURS.water, weight: 'bold', maxWidth: 150 }),
    badge(3, 596, 158),
    arrow(idPrefix, 'M400 404 L400 112', { colour: 'heat', width: 4, dashed: true }),
    label(w.burning, locale, { x: 416, y: 258, size: 17, fill: COLOURS.heat, weight: 'bold', maxWidth: 116 }),
    badge(4, 400, 340),
    badge(5, 36, 352),
    badge(5, 764, 352),
    key.markup,
  ].join('');
  const text = CARBON_CYCLE.text[locale];
  return svgDocument({ idPrefix, width: 800, height: withKey ? 520 + key.height + 8 : 512, title: text.title, description: text.description, lang: locale === 'en' ? 'en' : 'zh-CN', body });
}

export const CARBON_CYCLE: DiagramDefinition = {
  id: 'carbon-cycle',
  text: {
    'zh-cn': {
      title: '碳循环示意图',
      description: '大气中的二氧化碳通过光合作用进入植物，通过呼吸和分解回到大气，并和海洋相互交换；燃烧化石能源把地下的碳排入大气。',
      longDescription: [
        '图的上方是大气中的二氧化碳，左边是森林、草地等植物，右边是海洋，下方是化石能源（煤、石油、天然气）。',
        ...WORDS['zh-cn'].key.map((k, i) => `${i + 1}. ${k}`),
        '自然过程用实线箭头表示，人类燃烧化石能源用虚线箭头表示。',
      ],
    },
    en: {
      title: 'The carbon cycle',
      description: 'Carbon dioxide in the air enters plants through photosynthesis, returns through respiration and decay, and is exchanged with the ocean; burning fossil fuels adds carbon from underground.',
      longDescription: [
        'At the top is the carbon dioxide in the air; on the left, forests, grassland and other plants; on the right, the ocean; at the bottom, fossil fuels (coal, oil, natural gas).',
        ...WORDS.en.key.map((k, i) => `${i + 1}. ${k}`),
        'Natural flows are drawn as solid arrows, the burning of fossil fuels by people as a dashed arrow.',
      ],
    },
  },
  labels: { 'zh-cn': wordsOf(WORDS['zh-cn']), en: wordsOf(WORDS.en) },
  key: { 'zh-cn': { items: WORDS['zh-cn'].key }, en: { items: WORDS.en.key } },
  sources: IPCC_SOURCES,
  svg: draw,
};
