import type { FillWords } from '../lib/worksheets/fill';
import type { Translated } from '../lib/locale';
import { offerTypeNames as englishOfferTypes, phaseNames as englishPhases } from './promotion/form.en';
import { offerTypeNames as chineseOfferTypes, phaseNames as chinesePhases } from './promotion/form.zh-CN';

/** The words "fill from the tool" writes into a sheet besides the tool's own text (see FillWords). */
export const fillWords: Translated<FillWords> = {
  'zh-CN': { colon: '：', offerTypes: chineseOfferTypes, phases: chinesePhases },
  en: { colon: ': ', offerTypes: englishOfferTypes, phases: englishPhases },
};
