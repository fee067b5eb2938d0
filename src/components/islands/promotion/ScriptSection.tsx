import { assembleScript, fabeParts, missingFabeParts } from '../../../lib/promotion/fabe';
import type { Editor } from './editor';
import { ElementFieldset, TextField } from './fields';

/** Element 9: a FABE script per product, assembled live in the page's language. */
export function ScriptEditor({ editor }: { editor: Editor }) {
  const { plan, t, locale, dictionary } = editor;
  return (
    <ElementFieldset editor={editor} element="script">
      {plan.products.length === 0 && <p class="tool-notice">{t('noProducts')}</p>}
      {plan.products.map((product, index) => {
        const n = String(index + 1);
        const script = assembleScript(product.fabe, product, dictionary.fabeConnectors);
        const missing = missingFabeParts(product.fabe);
        return (
          <fieldset class="promotion-group promotion-fabe" key={index}>
            <legend>{t('scriptFor', { n, product: product.name.trim() || t('unnamedProduct') })}</legend>
            <div class="promotion-fabe-parts">
              {fabeParts.map((part) => (
                <TextField
                  key={part}
                  editor={editor}
                  path={`products.${index}.fabe.${part}`}
                  label={t('fabeLabel', { n, part: dictionary.fabePartNames[part] })}
                  hint={dictionary.fabePartHints[part]}
                  long
                />
              ))}
            </div>
            <figure class="promotion-script" data-script={index}>
              <figcaption>{t('assembled')}</figcaption>
              <blockquote aria-live="polite">
                {script || <span class="field-hint">{t('assembledEmpty')}</span>}
              </blockquote>
              {script && missing.length > 0 && (
                <p class="field-hint">
                  {t('missingIn', {
                    fields: missing
                      .map((part) => dictionary.missingFieldNames.script[part])
                      .join(locale === 'en' ? ', ' : '、'),
                  })}
                </p>
              )}
            </figure>
          </fieldset>
        );
      })}
    </ElementFieldset>
  );
}
