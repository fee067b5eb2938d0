import { maxRows } from '../../../lib/promotion/form';
import type { Editor } from './editor';
import { AddRow, ElementFieldset, LinesField, PlanNumberField, Row, TextField } from './fields';

/** Element 10: the channels that tell customers, and whom to invite. */
export function CommunicationEditor({ editor }: { editor: Editor }) {
  const { plan, t } = editor;
  const { invitations } = plan.communication;
  return (
    <ElementFieldset editor={editor} element="communication">
      <LinesField editor={editor} path="communication.channels" label={t('channels')} hint={t('channelsHint')} />
      <fieldset class="promotion-group">
        <legend>{t('invitations')}</legend>
        {invitations.map((_, index) => {
          const n = String(index + 1);
          return (
            <Row
              key={index}
              onRemove={() => editor.removeRow('communication.invitations', index)}
              removeLabel={t('removeInvitation', { n })}
            >
              <TextField
                editor={editor}
                path={`communication.invitations.${index}.who`}
                label={t('invitationWho', { n })}
              />
              <PlanNumberField
                editor={editor}
                path={`communication.invitations.${index}.count`}
                label={t('invitationCount', { n })}
              />
            </Row>
          );
        })}
        <AddRow
          editor={editor}
          list="communication.invitations"
          label={t('addInvitation')}
          full={invitations.length >= maxRows['communication.invitations']}
        />
      </fieldset>
    </ElementFieldset>
  );
}
