/**
 * The safety words, heard anywhere in any answer: pain that changes movement, illness below or above the neck.
 * Handlers check these on every answer's words, whatever slot they arrived in, before anything else.
 */
import { hearIllness } from './illness.js';
import { clauses } from './normalise.js';
import { hearPain } from './pain.js';

export interface Safety {
  pain: boolean;
  illBelowNeck: boolean;
  illAboveNeck: boolean;
}

export function hearSafety(text: string): Safety {
  return safetyOf(clauses(text));
}

export function safetyOf(said: readonly string[]): Safety {
  const { pain } = hearPain(said);
  return { pain, ...hearIllness(said) };
}
