/**
 * PLACEHOLDER, REPLACED AT MERGE: the "slides-diagrams" branch writes the real module (the
 * accessible SVG diagrams of src/components/learn/diagrams/). This minimal version has the same
 * signature so the PDF pipeline (src/lib/print/blocks/figure.ts) builds and is tested on its own:
 * a framed box with the diagram's name, drawn as valid SVG with a width and height.
 */
import type { DiagramId } from '../diagram-ids';
import type { Locale } from '../../i18n/locales';

const NAMES: Record<DiagramId, { zh: string; en: string }> = {
  'greenhouse-effect': { zh: '温室效应', en: 'The greenhouse effect' },
  'carbon-cycle': { zh: '碳循环', en: 'The carbon cycle' },
  'energy-flow': { zh: '能量流动', en: 'Energy flow' },
  'plan-categories': { zh: '方案的任务分类', en: 'The plan’s categories of measures' },
};

export function diagramSvg(id: DiagramId, locale: Locale): string {
  const name = locale === 'zh-cn' ? NAMES[id].zh : NAMES[id].en;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img">',
    `<title>${name}</title>`,
    '<rect x="4" y="4" width="632" height="352" fill="#ffffff" stroke="#333333" stroke-width="4"/>',
    `<text x="320" y="190" font-family="Portal Image Sans" font-size="36" text-anchor="middle" fill="#333333">${name}</text>`,
    '</svg>',
  ].join('');
}
