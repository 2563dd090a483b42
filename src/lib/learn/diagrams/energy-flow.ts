import type { Locale } from '../../i18n/locales';
import { planSource, wordsOf, type DiagramDefinition } from './diagram';
import { arrow, arrowMarkers, box, COLOURS, label, lineCount, svgDocument } from './svg-parts';

/**
 * Where energy comes from, how it is turned into electricity and heat, and where it is used, in the
 * plan's own words where it names them (measures 4–7, 12–16). A concept picture: it shows no
 * amounts and no shares, because the plan states none for Xicheng's energy use.
 */
const WORDS = {
  'zh-cn': {
    sourcesHeading: '能源从哪里来',
    conversionHeading: '转换和输送',
    usesHeading: '用在哪里',
    fossil: '化石能源：天然气、燃油等',
    renewable: '可再生能源：太阳能（光伏、光热）、空气能等',
    power: '发电（如光伏发电系统）',
    grid: '配电网络：变电站、电力线路',
    heating: '供热：市政热力大网、锅炉房、光热和空气能供热',
    fuel: '直接使用燃料：如燃气、燃油',
    buildings: '建筑：采暖、生活热水、炊事',
    transport: '交通：机动车、新能源汽车、充电设施',
    users: '公共机构、数据中心等用能单位',
    direction: '方案的方向：推进终端能源消费电气化；化石能源消费总量逐步下降；提高可再生能源应用比重（第5、7条）。',
    note: '概念示意图：箭头表示能量的去向，不表示数量或比例。',
  },
  en: {
    sourcesHeading: 'Where energy comes from',
    conversionHeading: 'Conversion and supply',
    usesHeading: 'Where it is used',
    fossil: 'Fossil energy: natural gas, fuel oil and others',
    renewable: 'Renewable energy: solar (photovoltaic and solar thermal), air-source energy and others',
    power: 'Power generation (such as PV power generation systems)',
    grid: 'Distribution network: substations and power lines',
    heating: 'Heating: the municipal district-heating network, boiler rooms, solar thermal and air-source heating',
    fuel: 'Fuel used directly, such as gas and fuel oil',
    buildings: 'Buildings: space heating, domestic hot water, cooking',
    transport: 'Transport: motor vehicles, new-energy vehicles, charging facilities',
    users: 'Public institutions, data centres and other energy-consuming entities',
    direction: 'The plan’s direction: advance the electrification of end-use energy consumption; a gradual decline in total fossil energy consumption; raise the share of renewable energy used (measures 5 and 7).',
    note: 'A concept picture: arrows show where energy goes, not how much.',
  },
} as const;

// Landscape, so that on a 16:9 slide the labels stay large enough to read.
const COLUMNS = [20, 420, 820];
const WIDTH = 280;
const SIZE = 17;
const LINE = 23;

/** A box sized to its wrapped label; returns the markup and its bottom edge. */
function node(text: string, locale: Locale, x: number, y: number, fill: string, stroke: string): { markup: string; top: number; bottom: number; mid: number } {
  const h = lineCount(text, locale, WIDTH - 24, SIZE) * LINE + 22;
  return {
    markup: box(x, y, WIDTH, h, { fill, stroke }) + label(text, locale, { x: x + 12, y: y + 28, size: SIZE, maxWidth: WIDTH - 24, lineHeight: LINE }),
    top: y,
    bottom: y + h,
    mid: y + h / 2,
  };
}

function draw(locale: Locale, idPrefix: string): string {
  const w = WORDS[locale];
  const [c1, c2, c3] = COLUMNS as [number, number, number];
  const heads = [w.sourcesHeading, w.conversionHeading, w.usesHeading].map((h, i) => label(h, locale, { x: COLUMNS[i]! + WIDTH / 2, y: 24, size: 18, weight: 'bold', anchor: 'middle', maxWidth: WIDTH, lineHeight: 22 }));
  const green = '#e3f1ea';
  const renewable = node(w.renewable, locale, c1, 66, green, COLOURS.brand);
  const power = node(w.power, locale, c2, 66, COLOURS.paper, COLOURS.ink);
  const grid = node(w.grid, locale, c2, power.bottom + 30, COLOURS.paper, COLOURS.ink);
  const heating = node(w.heating, locale, c2, grid.bottom + 30, COLOURS.paper, COLOURS.ink);
  const fuel = node(w.fuel, locale, c2, heating.bottom + 30, COLOURS.paper, COLOURS.ink);
  const fossil = node(w.fossil, locale, c1, Math.max(renewable.bottom + 40, heating.mid - 20), '#efe8d6', COLOURS.earth);
  // Each use beside what mainly feeds it, so few arrows cross.
  const users = node(w.users, locale, c3, 66, COLOURS.tint, COLOURS.ink);
  const buildings = node(w.buildings, locale, c3, Math.max(users.bottom + 40, heating.top), COLOURS.tint, COLOURS.ink);
  const transport = node(w.transport, locale, c3, Math.max(buildings.bottom + 40, fuel.top), COLOURS.tint, COLOURS.ink);
  const right1 = c1 + WIDTH + 4;
  const left2 = c2 - 4;
  const right2 = c2 + WIDTH + 4;
  const left3 = c3 - 4;
  const flow = (x1: number, y1: number, x2: number, y2: number, colour: 'brand' | 'heat' | 'earth' | 'ink') => arrow(idPrefix, `M${x1} ${y1} L${x2} ${y2}`, { colour, width: 3 });
  const bottom = Math.max(fuel.bottom, fossil.bottom, transport.bottom) + 24;
  const dirLines = lineCount(w.direction, locale, 1076, SIZE, true);
  const noteY = bottom + dirLines * LINE + 40;
  const body = [
    arrowMarkers(idPrefix, ['brand', 'heat', 'earth', 'ink']),
    ...heads,
    renewable.markup, power.markup, grid.markup, heating.markup, fuel.markup, fossil.markup, buildings.markup, transport.markup, users.markup,
    flow(right1, renewable.mid - 10, left2, power.mid, 'brand'),
    flow(right1, renewable.mid + 20, left2, heating.mid - 14, 'heat'),
    flow(c2 + WIDTH / 2, power.bottom + 2, c2 + WIDTH / 2, grid.top - 4, 'brand'),
    flow(right1, fossil.mid - 8, left2, heating.mid + 10, 'heat'),
    flow(right1, fossil.mid + 12, left2, fuel.mid, 'earth'),
    flow(right2, grid.mid - 12, left3, users.mid, 'brand'),
    flow(right2, grid.mid, left3, buildings.top + 14, 'brand'),
    flow(right2, grid.mid + 12, left3, transport.top + 14, 'brand'),
    flow(right2, heating.mid, left3, buildings.mid, 'heat'),
    flow(right2, fuel.mid - 10, left3, buildings.bottom - 10, 'earth'),
    flow(right2, fuel.mid + 6, left3, transport.mid + 6, 'earth'),
    box(20, bottom, 1080, dirLines * LINE + 22, { fill: COLOURS.tint, stroke: COLOURS.brand }),
    label(w.direction, locale, { x: 32, y: bottom + 28, size: SIZE, weight: 'bold', maxWidth: 1056, lineHeight: LINE }),
    label(w.note, locale, { x: 20, y: noteY, size: 16, fill: COLOURS.line, maxWidth: 1080 }),
  ].join('');
  const text = ENERGY_FLOW.text[locale];
  return svgDocument({ idPrefix, width: 1120, height: noteY + 16 + (lineCount(w.note, locale, 1080, 16) - 1) * 21, title: text.title, description: text.description, lang: locale === 'en' ? 'en' : 'zh-CN', body });
}

export const ENERGY_FLOW: DiagramDefinition = {
  id: 'energy-flow',
  text: {
    'zh-cn': {
      title: '能源的来源、转换和使用',
      description: '能源来自化石能源和可再生能源，经过发电、配电网络、供热或直接使用，用在建筑、交通和各类用能单位；方案要推进电气化、减少化石能源、提高可再生能源比重。',
      longDescription: [
        `左列，${WORDS['zh-cn'].sourcesHeading}：${WORDS['zh-cn'].renewable}；${WORDS['zh-cn'].fossil}。`,
        `中列，${WORDS['zh-cn'].conversionHeading}：${WORDS['zh-cn'].power}，电经过${WORDS['zh-cn'].grid.replace('：', '（')}）送到用户；${WORDS['zh-cn'].heating}；${WORDS['zh-cn'].fuel}。`,
        `右列，${WORDS['zh-cn'].usesHeading}：${WORDS['zh-cn'].buildings}；${WORDS['zh-cn'].transport}；${WORDS['zh-cn'].users}。`,
        '箭头：可再生能源通向发电和供热；化石能源通向供热和直接使用燃料；发电通向配电网络；配电网络通向建筑、交通和用能单位；供热通向建筑；直接使用的燃料通向建筑和交通。',
        WORDS['zh-cn'].direction,
        WORDS['zh-cn'].note,
      ],
    },
    en: {
      title: 'Where energy comes from, how it is converted and where it is used',
      description: 'Energy comes from fossil and renewable sources, passes through power generation, the distribution network, heating or direct use, and is used in buildings, transport and energy-consuming entities; the plan aims at electrification, less fossil energy and a larger share of renewables.',
      longDescription: [
        `Left column, ${WORDS.en.sourcesHeading.toLowerCase()}: ${WORDS.en.renewable}; ${WORDS.en.fossil}.`,
        `Middle column, ${WORDS.en.conversionHeading.toLowerCase()}: ${WORDS.en.power}, whose electricity reaches users through the ${WORDS.en.grid.replace(':', ' (')}); ${WORDS.en.heating}; ${WORDS.en.fuel}.`,
        `Right column, ${WORDS.en.usesHeading.toLowerCase()}: ${WORDS.en.buildings}; ${WORDS.en.transport}; ${WORDS.en.users}.`,
        'Arrows: renewable energy leads to power generation and heating; fossil energy to heating and fuel used directly; power generation to the distribution network; the network to buildings, transport and energy-consuming entities; heating to buildings; fuel used directly to buildings and transport.',
        WORDS.en.direction,
        WORDS.en.note,
      ],
    },
  },
  labels: { 'zh-cn': wordsOf(WORDS['zh-cn']), en: wordsOf(WORDS.en) },
  sources: { 'zh-cn': [planSource('zh-cn')], en: [planSource('en')] },
  svg: draw,
};
