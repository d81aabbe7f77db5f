// Web Worker entry: drafts actors and relations from an article's text, reporting its progress in whole percents.

import { draftFromText } from '../draft/draft-from-text';
import type { Draft, DraftSource, KnownActor } from '../draft/draft-types';
import { serveCalls } from '../io/serve-calls';

/** A request: the article's text, the source it is filed under, and the actors of the open dataset. */
export interface DraftRequest {
  text: string;
  source: DraftSource;
  known: KnownActor[];
}

serveCalls<DraftRequest, number, Draft>(({ text, source, known }, progress) => {
  let last = -1;
  return draftFromText(text, source, {
    known,
    // A message per percent at most: a long article has thousands of sentences.
    onProgress: (done, total) => {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
      if (percent !== last) progress(percent);
      last = percent;
    },
  });
});
