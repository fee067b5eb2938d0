import { maxRows } from '../../../lib/promotion/form';
import { offerTypes, type OfferType } from '../../../lib/promotion/planShape';
import { fieldId, type Editor } from './editor';
import { AddRow, DateField, ElementFieldset, PlanNumberField, Row, TextField, Warnings } from './fields';

/** Elements 1–7: what the promotion is (goal, audience, products, dates, scope, offer, theme). */

export function GoalEditor({ editor }: { editor: Editor }) {
  const { t, dictionary } = editor;
  return (
    <ElementFieldset editor={editor} element="goal">
      <TextField editor={editor} path="goal.purpose" label={dictionary.elementNames.goal} long />
      <div class="field-grid">
        <TextField editor={editor} path="goal.metric" label={t('metric')} hint={t('metricHint')} />
        <PlanNumberField editor={editor} path="goal.baseline" label={t('baseline')} hint={t('measureHint')} />
        <PlanNumberField editor={editor} path="goal.target" label={t('target')} hint={t('measureHint')} />
      </div>
    </ElementFieldset>
  );
}

export function AudienceEditor({ editor }: { editor: Editor }) {
  return (
    <ElementFieldset editor={editor} element="audience">
      <TextField editor={editor} path="audience.description" label={editor.dictionary.elementNames.audience} long />
    </ElementFieldset>
  );
}

export function ProductsEditor({ editor }: { editor: Editor }) {
  const { plan, t } = editor;
  return (
    <ElementFieldset editor={editor} element="products">
      {plan.products.map((_, index) => {
        const n = String(index + 1);
        return (
          <Row key={index} onRemove={() => editor.removeRow('products', index)} removeLabel={t('removeProduct', { n })}>
            <TextField editor={editor} path={`products.${index}.name`} label={t('productName', { n })} />
            <PlanNumberField editor={editor} path={`products.${index}.unitPrice`} label={t('unitPrice', { n })} />
          </Row>
        );
      })}
      <AddRow editor={editor} list="products" label={t('addProduct')} full={plan.products.length >= maxRows.products} />
    </ElementFieldset>
  );
}

export function PeriodEditor({ editor }: { editor: Editor }) {
  const { t } = editor;
  return (
    <ElementFieldset editor={editor} element="period">
      <div class="field-grid">
        <DateField editor={editor} path="period.start" label={t('periodStart')} />
        <DateField editor={editor} path="period.end" label={t('periodEnd')} />
      </div>
    </ElementFieldset>
  );
}

export function AreaEditor({ editor }: { editor: Editor }) {
  return (
    <ElementFieldset editor={editor} element="area">
      <TextField editor={editor} path="area.description" label={editor.dictionary.elementNames.area} long />
    </ElementFieldset>
  );
}

export function OfferEditor({ editor }: { editor: Editor }) {
  const { plan, t, dictionary } = editor;
  const offerId = fieldId('offer.type');
  return (
    <ElementFieldset editor={editor} element="offer">
      <div class="field promotion-field">
        <label for={offerId}>{dictionary.elementNames.offer}</label>
        <select
          id={offerId}
          name={offerId}
          value={plan.offer.type ?? ''}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            editor.setValue('offer.type', offerTypes.find((type) => type === chosen) satisfies OfferType | undefined);
          }}
        >
          <option value="">{t('chooseOffer')}</option>
          {offerTypes.map((type) => (
            <option value={type} key={type}>
              {dictionary.offerTypeNames[type]}
            </option>
          ))}
        </select>
        <Warnings editor={editor} path="offer.type" />
      </div>
      {plan.offer.type !== undefined && (
        <PlanNumberField
          editor={editor}
          path="offer.discountPercent"
          label={t('discountPercent')}
          hint={t('discountHint')}
        />
      )}
      <TextField editor={editor} path="offer.terms" label={t('terms')} hint={t('termsHint')} long />
    </ElementFieldset>
  );
}

export function ThemeEditor({ editor }: { editor: Editor }) {
  return (
    <ElementFieldset editor={editor} element="theme">
      <TextField editor={editor} path="theme.title" label={editor.dictionary.elementNames.theme} />
    </ElementFieldset>
  );
}
