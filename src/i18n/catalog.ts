import type { Translated } from '../lib/locale';

export const comingSoon: Translated = { 'zh-CN': '（即将上线）', en: ' (coming soon)' };
