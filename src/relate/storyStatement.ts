import type { z } from 'zod';
import type { statementRecord } from '../record/articleRecord.js';

/**
 * A statement as the story reads it: an attributed statement from the
 * article record, or an outlet's own assertion (its headline or a narrator's
 * sentence that no statement covers), marked `own`, with no speaker.
 */
export type StoryStatement = Omit<z.infer<typeof statementRecord>, 'kind'> & {
  kind: z.infer<typeof statementRecord>['kind'] | 'narration';
  own: boolean;
};
