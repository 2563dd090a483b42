import type { Locale } from '../../i18n/locales';
import { wordsOf, type DiagramDefinition, type DrawOptions } from './diagram';
import { IPCC_SOURCES } from './climate-sources';
import { arrow, arrowMarkers, badge, box, COLOURS, label, lineCount, numberedKey, svgDocument } from './svg-parts';

/**
 * The greenhouse effect as a primary/junior science picture: sunlight in, heat out, greenhouse
 * gases sending part of the heat back down, and what people have changed. Statements only as the
 * IPCC's AR6 glossary and Summary for Policymakers make them (climate-sources.ts); no numbers.
 */
const WORDS = {
  'zh-cn': {
    space: '太空',
    sun: '太阳',
    atmosphere: '大气层：含有温室气体（如水汽、二氧化碳、甲烷）',
    ground: '地面（陆地和海洋）',
    sunlight: '阳光',
    heat: '热（红外辐射）',
    escapes: '一部分散发到太空',
    backDown: '一部分向下，使地面更暖',
    key: [
      '太阳光穿过大气层，照到地面。',
      '地面吸收阳光，变暖。',
      '变暖的地面向上发出热（红外辐射）。',
      '一部分热散发到太空。',
      '大气中的温室气体和云吸收一部分热，再向各个方向发出；向下的部分让地面更暖。这就是温室效应。',
    ],
    human: '人类活动使大气中的温室气体增多，已经使大气、海洋和陆地变暖。',
  },
  en: {
    space: 'Space',
    sun: 'Sun',
    atmosphere: 'Atmosphere, with greenhouse gases (such as water vapour, carbon dioxide and methane)',
    ground: 'The ground (land and ocean)',
    sunlight: 'Sunlight',
    heat: 'Heat (infrared radiation)',
    escapes: 'Some escapes to space',
    backDown: 'Some comes back down and warms the ground',
    key: [
      'Sunlight passes through the atmosphere and reaches the ground.',
      'The ground absorbs the sunlight and warms up.',
      'The warm ground gives off heat upwards (infrared radiation).',
      'Some of the heat escapes to space.',
      'Greenhouse gases and clouds in the atmosphere absorb some of the heat and give it off again in all directions; the part sent downwards keeps the ground warmer. This is the greenhouse effect.',
    ],
    human: 'Human activities have increased the greenhouse gases in the atmosphere and have warmed the atmosphere, ocean and land.',
  },
} as const;

function draw(locale: Locale, idPrefix: string, { withKey = true }: DrawOptions = {}): string {
  const w = WORDS[locale];
  const key = withKey ? numberedKey([...w.key], locale, 20, 490, 760) : { markup: '', height: 0 };
  const humanY = 490 + key.height + 10;
  const humanHeight = lineCount(w.human, locale, 728, 17, true) * 23 + 22;
  const body = [
    arrowMarkers(idPrefix, ['sun', 'heat']),
    label(w.space, locale, { x: 780, y: 36, size: 18, anchor: 'end', fill: COLOURS.line }),
    `<circle cx="90" cy="72" r="48" fill="#ffe08a" stroke="${COLOURS.sun}" stroke-width="3"/>`,
    label(w.sun, locale, { x: 90, y: 79, size: 20, weight: 'bold', anchor: 'middle' }),
    box(20, 130, 760, 110, { fill: COLOURS.sky, stroke: COLOURS.water, dashed: true }),
    label(w.atmosphere, locale, { x: 220, y: 172, size: 19, weight: 'bold', maxWidth: 540 }),
    box(20, 390, 760, 76, { fill: '#efe8d6', stroke: COLOURS.earth }),
    label(w.ground, locale, { x: 400, y: 435, size: 19, weight: 'bold', anchor: 'middle' }),
    // 1: sunlight in (solid); 3, 4, 5: heat (dashed), so the kinds differ by line as well as colour.
    arrow(idPrefix, 'M128 112 L250 384', { colour: 'sun', width: 6 }),
    label(w.sunlight, locale, { x: 178, y: 318, size: 18, weight: 'bold', anchor: 'end', fill: COLOURS.sun }),
    badge(1, 208, 260),
    badge(2, 130, 428),
    arrow(idPrefix, 'M420 386 L420 246', { colour: 'heat', dashed: true, width: 4 }),
    badge(3, 395, 318),
    label(w.heat, locale, { x: 436, y: 312, size: 17, fill: COLOURS.heat, maxWidth: 150 }),
    arrow(idPrefix, 'M520 128 L580 20', { colour: 'heat', dashed: true, width: 4 }),
    badge(4, 532, 70),
    label(w.escapes, locale, { x: 598, y: 70, size: 17, fill: COLOURS.heat, maxWidth: 170 }),
    arrow(idPrefix, 'M650 246 L650 386', { colour: 'heat', dashed: true, width: 4 }),
    badge(5, 625, 318),
    label(w.backDown, locale, { x: 666, y: 296, size: 17, fill: COLOURS.heat, maxWidth: 118 }),
    key.markup,
    withKey ? box(20, humanY, 760, humanHeight, { fill: COLOURS.tint, stroke: COLOURS.ink }) : '',
    withKey ? label(w.human, locale, { x: 36, y: humanY + 28, size: 17, weight: 'bold', maxWidth: 728, lineHeight: 23 }) : '',
  ].join('');
  const text = GREENHOUSE_EFFECT.text[locale];
  return svgDocument({ idPrefix, width: 800, height: withKey ? humanY + humanHeight + 16 : 476, title: text.title, description: text.description, lang: locale === 'en' ? 'en' : 'zh-CN', body });
}

export const GREENHOUSE_EFFECT: DiagramDefinition = {
  id: 'greenhouse-effect',
  text: {
    'zh-cn': {
      title: '温室效应示意图',
      description: '阳光照到地面使地面变暖，地面向上发出热；大气中的温室气体吸收一部分热，再把一部分发回地面，使地面更暖。',
      longDescription: [
        '图的上方是太空和太阳，中间是含有温室气体的大气层，下方是地面（陆地和海洋）。',
        ...WORDS['zh-cn'].key.map((k, i) => `${i + 1}. ${k}`),
        '阳光用实线箭头表示，热（红外辐射）用虚线箭头表示。还有一部分阳光被云和地面反射回太空，图中没有画出。',
        WORDS['zh-cn'].human,
      ],
    },
    en: {
      title: 'The greenhouse effect',
      description: 'Sunlight warms the ground, the ground gives off heat, and greenhouse gases in the atmosphere absorb some of that heat and send part of it back down, keeping the ground warmer.',
      longDescription: [
        'At the top are space and the Sun; in the middle, the atmosphere with its greenhouse gases; at the bottom, the ground (land and ocean).',
        ...WORDS.en.key.map((k, i) => `${i + 1}. ${k}`),
        'Sunlight is drawn as solid arrows, heat (infrared radiation) as dashed arrows. Some sunlight is also reflected back to space by clouds and the ground; the picture leaves this out.',
        WORDS.en.human,
      ],
    },
  },
  labels: { 'zh-cn': wordsOf(WORDS['zh-cn']), en: wordsOf(WORDS.en) },
  key: { 'zh-cn': { items: WORDS['zh-cn'].key, closing: WORDS['zh-cn'].human }, en: { items: WORDS.en.key, closing: WORDS.en.human } },
  sources: IPCC_SOURCES,
  svg: draw,
};
