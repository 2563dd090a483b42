import type { Locale } from '../../i18n/locales';
import type { EntrySource } from '../../schemas/source';

/**
 * The climate-science sources the greenhouse-effect and carbon-cycle diagrams keep to. Both are
 * parts of the IPCC's Sixth Assessment Report, Working Group I (2021); the diagrams state only
 * what these say, and no numbers.
 * - Summary for Policymakers, A.1 and A.1.1: human influence has warmed the atmosphere, ocean and
 *   land; the increases in greenhouse-gas concentrations since about 1750 are caused by human
 *   activities. B.4: with rising CO₂ emissions, the ocean and land carbon sinks become less
 *   effective at slowing the accumulation of CO₂ in the atmosphere.
 * - Annex VII, Glossary: greenhouse effect (greenhouse gases and clouds absorb the infrared
 *   radiation the surface emits and emit it in all directions, including down to the surface);
 *   carbon cycle (the flow of carbon through atmosphere, ocean, biosphere and lithosphere); carbon
 *   dioxide (also a by-product of burning fossil fuels such as oil, gas and coal); sink.
 */
const IPCC_EN = 'Intergovernmental Panel on Climate Change (IPCC)';
const IPCC_ZH = '政府间气候变化专门委员会（IPCC）';
const SPM_TITLE = 'Climate Change 2021: The Physical Science Basis. Summary for Policymakers (Working Group I contribution to the Sixth Assessment Report)';
const GLOSSARY_TITLE = 'Climate Change 2021: The Physical Science Basis. Annex VII: Glossary (Working Group I contribution to the Sixth Assessment Report)';

export const IPCC_SOURCES: Record<Locale, EntrySource[]> = {
  'zh-cn': [
    { publisher: IPCC_ZH, title: '气候变化2021：自然科学基础——决策者摘要（第六次评估报告第一工作组报告）', originalTitle: SPM_TITLE, language: 'en', date: '2021-08-09', url: 'https://www.ipcc.ch/report/ar6/wg1/chapter/summary-for-policymakers/' },
    { publisher: IPCC_ZH, title: '气候变化2021：自然科学基础——附录七：术语表（第六次评估报告第一工作组报告）', originalTitle: GLOSSARY_TITLE, language: 'en', date: '2021', url: 'https://www.ipcc.ch/report/ar6/wg1/' },
  ],
  en: [
    { publisher: IPCC_EN, title: SPM_TITLE, date: '2021-08-09', url: 'https://www.ipcc.ch/report/ar6/wg1/chapter/summary-for-policymakers/' },
    { publisher: IPCC_EN, title: GLOSSARY_TITLE, date: '2021', url: 'https://www.ipcc.ch/report/ar6/wg1/' },
  ],
};
