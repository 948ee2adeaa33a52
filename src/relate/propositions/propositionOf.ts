import type { Proposition, StatementRef } from '../types.js';

const states = new Set(['alive', 'hiding', 'fake', 'authentic']);

/**
 * A proposition with only what is given and nothing else stated: for
 * benchmarks and evaluations that feed grouping propositions of their own
 * (MEANTIME's event mentions, synthetic statements) and for tests.
 */
export function propositionOf(fields: { subject: string; predicate: string; trigger: StatementRef } & Partial<Proposition>): Proposition {
  return {
    subjectName: fields.subject,
    subjectKind: 'person',
    kind: states.has(fields.predicate) ? 'state' : 'event',
    predicateText: fields.predicate,
    object: null,
    objectName: null,
    quantity: null,
    agent: null,
    agentName: null,
    negated: false,
    negation: [],
    modality: [],
    clause: { start: fields.trigger.start, end: fields.trigger.end },
    place: null,
    eventTime: null,
    relayed: false,
    ...fields,
  };
}
