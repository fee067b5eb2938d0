/**
 * The connecting words of an assembled FABE sales script (see src/lib/promotion/fabe.ts), in both
 * languages, for code that needs both (tests, worksheets). Each language's words live with the
 * builder's other strings, in form.zh-CN.ts and form.en.ts, so that the builder's
 * island downloads only its page's language.
 */

import type { FabeConnectors } from '../../lib/promotion/fabe';
import type { Translated } from '../../lib/locale';
import { fabeConnectors as english } from './form.en';
import { fabeConnectors as chinese } from './form.zh-CN';

export const fabeConnectors: Translated<FabeConnectors> = { 'zh-CN': chinese, en: english };
