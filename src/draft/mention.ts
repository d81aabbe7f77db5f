// A mention: a name, group, topic or reference found in a sentence, before it is resolved to an actor.
import type { ActorKind } from '../model/schema';

/** A name found in a sentence: where, what it names, and for people the role and state their title gives. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  /** 'unknown' is a lone capitalised word: a surname or acronym until the actors say otherwise. */
  kind: ActorKind | 'unknown';
  name: string;
  role?: string;
  /** The state a demonym in the title names ("Italian Defence Minister ..."). */
  stateOf?: string;
  /** The state a capital or demonym stands for. */
  stateWay?: 'name' | 'capital' | 'demonym';
  /** For "the ministry", "he": the noun (or "person") of the earlier actor it stands for. */
  refers?: string;
  /** The name with the words around it that belong to it ("Tu-95 bombers", "critics in Washington"): an alias. */
  longer?: string;
}

/** " in Geneva", " in Washington and Brussels" after a name: where a group or an event is, part of its longer name. */
export const IN_PLACE_TAIL =
  /^\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+and\s+\p{Lu}[\p{L}'’-]*)?/u;
