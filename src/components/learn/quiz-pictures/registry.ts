/**
 * The quiz's pictures: small icons drawn in code (no photos, nothing fetched), each with a text
 * alternative in both languages. A picture item in `src/content/quiz/questions.yaml` names one
 * picture per option by id; the schema refuses an id that is not here. Plain data (shapes in a
 * 64 × 64 box) so the schema, the checks and every page can read it without a renderer.
 */

/** One SVG element: its tag and attributes (colours are fixed fills chosen to read on white and in greyscale print). */
export type Shape = readonly ['rect' | 'circle' | 'ellipse' | 'path' | 'polygon' | 'line', Readonly<Record<string, string | number>>];

export interface QuizPicture {
  /** What the picture shows, for readers who cannot see it (read out with the option). */
  alt: { zh: string; en: string };
  shapes: readonly Shape[];
}

const INK = '#1f2933';
const stroke = { stroke: INK, 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' } as const;
const flame = (x: number, y: number, s = 1): Shape => ['path', { d: `M${x} ${y} c${-8 * s} ${-6 * s} ${-4 * s} ${-14 * s} 0 ${-20 * s} c${1 * s} ${6 * s} ${8 * s} ${8 * s} ${6 * s} ${14 * s} c${-1 * s} ${4 * s} ${-4 * s} ${6 * s} ${-6 * s} ${6 * s}z`, fill: '#e8590c', ...stroke }];
const wheel = (cx: number, cy: number, r = 5): Shape => ['circle', { cx, cy, r, fill: '#ffffff', ...stroke }];

export const QUIZ_PICTURES = {
  'solar-panels': {
    alt: { zh: '屋顶上的太阳能板', en: 'solar panels on a roof' },
    shapes: [
      ['polygon', { points: '6,40 32,18 58,40', fill: '#c2410c', ...stroke }],
      ['rect', { x: 12, y: 40, width: 40, height: 18, fill: '#fde68a', ...stroke }],
      ['polygon', { points: '22,30 36,19 46,27 32,38', fill: '#1d4ed8', ...stroke }],
      ['line', { x1: 29, y1: 24.5, x2: 39, y2: 32.5, ...stroke, stroke: '#ffffff' }],
      ['circle', { cx: 54, cy: 10, r: 6, fill: '#facc15', ...stroke }],
    ],
  },
  'gas-boiler': {
    alt: { zh: '烧天然气的锅炉，下面有蓝色火苗', en: 'a boiler burning natural gas, with blue flames underneath' },
    shapes: [
      ['rect', { x: 16, y: 6, width: 32, height: 40, rx: 4, fill: '#e5e7eb', ...stroke }],
      ['circle', { cx: 32, cy: 22, r: 7, fill: '#ffffff', ...stroke }],
      ['line', { x1: 32, y1: 22, x2: 36, y2: 18, ...stroke }],
      ['path', { d: 'M24 58c-4-4-2-8 0-10 0 3 3 4 3 7 0 2-1 3-3 3zM34 58c-4-4-2-8 0-10 0 3 3 4 3 7 0 2-1 3-3 3z', fill: '#3b82f6', ...stroke }],
      ['line', { x1: 48, y1: 40, x2: 58, y2: 40, ...stroke }],
    ],
  },
  'coal-stove': {
    alt: { zh: '烧煤的炉子，冒着黑烟', en: 'a coal-burning stove giving off black smoke' },
    shapes: [
      ['rect', { x: 14, y: 28, width: 30, height: 30, rx: 3, fill: '#6b7280', ...stroke }],
      ['rect', { x: 34, y: 8, width: 6, height: 20, fill: '#6b7280', ...stroke }],
      ['path', { d: 'M40 8c4-6 12-2 16-6', fill: 'none', ...stroke, 'stroke-width': 4, stroke: '#111827' }],
      ['rect', { x: 20, y: 40, width: 18, height: 10, fill: '#111827', ...stroke }],
      flame(29, 50, 0.45),
    ],
  },
  'sorting-bins': {
    alt: { zh: '四个不同颜色的垃圾分类桶', en: 'four waste-sorting bins in different colours' },
    shapes: [
      ['rect', { x: 3, y: 22, width: 13, height: 32, fill: '#2563eb', ...stroke }],
      ['rect', { x: 18, y: 22, width: 13, height: 32, fill: '#16a34a', ...stroke }],
      ['rect', { x: 33, y: 22, width: 13, height: 32, fill: '#dc2626', ...stroke }],
      ['rect', { x: 48, y: 22, width: 13, height: 32, fill: '#6b7280', ...stroke }],
      ['path', { d: 'M2 22h60', ...stroke }],
      ['path', { d: 'M26 12a6 6 0 0 1 12 0l-3-2M38 12', fill: 'none', ...stroke }],
    ],
  },
  landfill: {
    alt: { zh: '一大堆垃圾被埋进土坑里', en: 'a big heap of rubbish being buried in a pit in the ground' },
    shapes: [
      ['path', { d: 'M2 44h60v16H2z', fill: '#92400e', ...stroke }],
      ['path', { d: 'M10 44c4-14 12-20 22-20s18 6 22 20z', fill: '#a3a3a3', ...stroke }],
      ['rect', { x: 22, y: 32, width: 6, height: 6, fill: '#ffffff', ...stroke }],
      ['circle', { cx: 38, cy: 36, r: 3, fill: '#ffffff', ...stroke }],
      ['line', { x1: 50, y1: 10, x2: 42, y2: 30, ...stroke }],
      ['path', { d: 'M38 28l8 4-2 6-8-4z', fill: '#6b7280', ...stroke }],
    ],
  },
  'burning-rubbish': {
    alt: { zh: '一堆垃圾在燃烧', en: 'a pile of rubbish on fire' },
    shapes: [
      ['path', { d: 'M8 56c4-10 12-14 24-14s20 4 24 14z', fill: '#a3a3a3', ...stroke }],
      flame(22, 46, 0.9),
      flame(36, 46, 1.2),
      ['path', { d: 'M30 12c4-4 0-8 4-10M40 14c4-4 0-8 4-10', fill: 'none', ...stroke, stroke: '#6b7280' }],
    ],
  },
  'charging-point': {
    alt: { zh: '给电动汽车充电的充电桩，上面有闪电标志', en: 'a charging point for electric cars, with a lightning sign' },
    shapes: [
      ['rect', { x: 14, y: 6, width: 24, height: 50, rx: 3, fill: '#16a34a', ...stroke }],
      ['polygon', { points: '28,14 20,32 27,32 24,46 34,26 27,26', fill: '#facc15', ...stroke }],
      ['path', { d: 'M38 24h8c4 0 6 2 6 6v16c0 4 4 4 4 0v-8', fill: 'none', ...stroke }],
      ['rect', { x: 10, y: 56, width: 32, height: 4, fill: INK }],
    ],
  },
  'petrol-pump': {
    alt: { zh: '加油站里的加油机', en: 'a petrol pump at a filling station' },
    shapes: [
      ['rect', { x: 12, y: 8, width: 26, height: 48, rx: 3, fill: '#dc2626', ...stroke }],
      ['rect', { x: 17, y: 14, width: 16, height: 10, fill: '#ffffff', ...stroke }],
      ['path', { d: 'M38 20l8 6v20c0 4 6 4 6 0V22l-6-8', fill: 'none', ...stroke }],
      ['path', { d: 'M25 34c-3 4-3 8 0 8s3-4 0-8z', fill: '#ffffff', ...stroke }],
      ['rect', { x: 8, y: 56, width: 34, height: 4, fill: INK }],
    ],
  },
  'car-park': {
    alt: { zh: '停车场，蓝色牌子上写着字母 P', en: 'a car park, with a blue sign showing the letter P' },
    shapes: [
      ['rect', { x: 8, y: 4, width: 22, height: 22, rx: 3, fill: '#1d4ed8', ...stroke }],
      ['path', { d: 'M15 22V9h6a4 4 0 0 1 0 8h-6', fill: 'none', ...stroke, stroke: '#ffffff', 'stroke-width': 3 }],
      ['line', { x1: 19, y1: 26, x2: 19, y2: 38, ...stroke }],
      ['path', { d: 'M30 46l4-8h16l4 8v8H30z', fill: '#9ca3af', ...stroke }],
      wheel(36, 56, 3),
      wheel(48, 56, 3),
    ],
  },
  school: {
    alt: { zh: '一所学校，楼顶上有国旗', en: 'a school building with a flag on top' },
    shapes: [
      ['rect', { x: 8, y: 26, width: 48, height: 32, fill: '#fde68a', ...stroke }],
      ['polygon', { points: '4,28 32,12 60,28', fill: '#c2410c', ...stroke }],
      ['line', { x1: 32, y1: 12, x2: 32, y2: 2, ...stroke }],
      ['rect', { x: 32, y: 2, width: 10, height: 6, fill: '#dc2626', ...stroke }],
      ['rect', { x: 27, y: 42, width: 10, height: 16, fill: '#92400e', ...stroke }],
      ['rect', { x: 13, y: 32, width: 8, height: 7, fill: '#bfdbfe', ...stroke }],
      ['rect', { x: 43, y: 32, width: 8, height: 7, fill: '#bfdbfe', ...stroke }],
    ],
  },
  airport: {
    alt: { zh: '机场跑道上的一架飞机', en: 'an aeroplane on an airport runway' },
    shapes: [
      ['rect', { x: 2, y: 50, width: 60, height: 10, fill: '#6b7280', ...stroke }],
      ['path', { d: 'M10 54h8M28 54h8M46 54h8', ...stroke, stroke: '#ffffff' }],
      ['path', { d: 'M8 36h40c6 0 10 2 10 4s-4 4-10 4H8l-4-12h4z', fill: '#e5e7eb', ...stroke }],
      ['path', { d: 'M26 36l-8-14h6l14 14M26 44l-6 6h6l10-6', fill: '#93c5fd', ...stroke }],
    ],
  },
  factory: {
    alt: { zh: '一座有高烟囱的工厂', en: 'a factory with a tall chimney' },
    shapes: [
      ['path', { d: 'M4 58V34l14 8v-8l14 8v-8l14 8V58z', fill: '#d1d5db', ...stroke }],
      ['rect', { x: 48, y: 12, width: 8, height: 46, fill: '#9ca3af', ...stroke }],
      ['path', { d: 'M52 10c2-4 8-4 10-8', fill: 'none', ...stroke, stroke: '#6b7280', 'stroke-width': 3 }],
      ['rect', { x: 12, y: 48, width: 6, height: 6, fill: '#fde68a', ...stroke }],
      ['rect', { x: 28, y: 48, width: 6, height: 6, fill: '#fde68a', ...stroke }],
    ],
  },
  sun: {
    alt: { zh: '太阳', en: 'the sun' },
    shapes: [
      ['circle', { cx: 32, cy: 32, r: 13, fill: '#facc15', ...stroke }],
      ['path', { d: 'M32 4v8M32 52v8M4 32h8M52 32h8M12 12l6 6M46 46l6 6M12 52l6-6M46 18l6-6', ...stroke, stroke: '#ca8a04', 'stroke-width': 3 }],
    ],
  },
  coal: {
    alt: { zh: '一堆黑色的煤块', en: 'a heap of black lumps of coal' },
    shapes: [
      ['polygon', { points: '6,56 12,40 22,36 28,44 20,56', fill: '#111827', ...stroke }],
      ['polygon', { points: '20,56 26,40 38,30 46,40 42,56', fill: '#374151', ...stroke }],
      ['polygon', { points: '40,56 44,42 54,38 60,50 58,56', fill: '#1f2937', ...stroke }],
      ['line', { x1: 2, y1: 57, x2: 62, y2: 57, ...stroke }],
    ],
  },
  'oil-barrel': {
    alt: { zh: '装石油的油桶', en: 'a barrel of oil' },
    shapes: [
      ['rect', { x: 16, y: 8, width: 32, height: 50, rx: 4, fill: '#1e3a8a', ...stroke }],
      ['path', { d: 'M16 24h32M16 42h32', ...stroke }],
      ['path', { d: 'M32 28c-4 5-4 10 0 10s4-5 0-10z', fill: '#111827', ...stroke, stroke: '#ffffff' }],
    ],
  },
  bicycle: {
    alt: { zh: '一辆自行车', en: 'a bicycle' },
    shapes: [
      wheel(14, 44, 10),
      wheel(50, 44, 10),
      ['path', { d: 'M14 44l10-18h18l8 18M24 26l8 18 10-18M30 20h-8M42 26l-2-8h6', fill: 'none', ...stroke, stroke: '#15803d', 'stroke-width': 3 }],
    ],
  },
  taxi: {
    alt: { zh: '一辆出租车，车顶上有“TAXI”灯牌', en: 'a taxi with a “TAXI” light on its roof' },
    shapes: [
      ['rect', { x: 24, y: 14, width: 16, height: 6, fill: '#facc15', ...stroke }],
      ['path', { d: 'M4 42v-8l8-2 6-10h28l8 10 6 2v8z', fill: '#facc15', ...stroke }],
      ['path', { d: 'M21 31l4-7h6v7zM35 31v-7h8l5 7z', fill: '#bfdbfe', ...stroke }],
      wheel(16, 44, 6),
      wheel(48, 44, 6),
    ],
  },
  'metro-train': {
    alt: { zh: '一列地铁列车', en: 'an underground (metro) train' },
    shapes: [
      ['rect', { x: 10, y: 8, width: 44, height: 42, rx: 8, fill: '#e5e7eb', ...stroke }],
      ['rect', { x: 16, y: 14, width: 32, height: 14, rx: 2, fill: '#bfdbfe', ...stroke }],
      ['rect', { x: 10, y: 34, width: 44, height: 4, fill: '#1d4ed8' }],
      ['circle', { cx: 20, cy: 44, r: 3, fill: '#facc15', ...stroke }],
      ['circle', { cx: 44, cy: 44, r: 3, fill: '#facc15', ...stroke }],
      ['path', { d: 'M18 50l-6 10M46 50l6 10M8 60h48', ...stroke }],
    ],
  },
} as const satisfies Record<string, QuizPicture>;

export type QuizPictureId = keyof typeof QUIZ_PICTURES;
export const QUIZ_PICTURE_IDS = Object.keys(QUIZ_PICTURES) as [QuizPictureId, ...QuizPictureId[]];
