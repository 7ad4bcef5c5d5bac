/**
 * Alexa's limits on an interaction model, and the smaller budget this skill keeps to.
 *
 * Amazon's table "Interaction model limits" (Create the Interaction Model for Your Skill,
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html#limits)
 * caps the whole model at 1.5 MB, a skill at 250 intents (350 intents and slot types together), and a slot value
 * or synonym at 140 characters. It gives no cap on sample utterances per intent; the size cap is what bounds them.
 * The budget stays well under all of these, so the model can grow and still build quickly.
 */
export const ALEXA_LIMITS = {
  modelBytes: 1_500_000,
  intents: 250,
  intentsAndSlotTypes: 350,
  slotValueChars: 140,
} as const;

export const BUDGET = {
  /** A third of Alexa's size cap per locale file. */
  modelBytes: 500_000,
  /** Intent samples per intent: enough variety for the NLU, few enough to review by eye. */
  samplesPerIntent: 700,
  /** Slot samples per slot. */
  samplesPerSlot: 700,
  /** Intent and slot samples together, per locale. */
  samples: 6_000,
  /** Our own ceiling on one sample's length: a longer one is a paragraph, not something said to a speaker. */
  sampleChars: 200,
} as const;
