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
  /**
   * At most half of Alexa's size cap per locale file. Raised from a third (500 KB) in December 2026: two sets of fresh
   * phrasings showed the request families were too narrow (openings 56-71% understood first time), and widening
   * them is what the size is for.
   */
  modelBytes: 750_000,
  /**
   * Intent samples per intent. The samples are generated from carrier parts (carriers.ts), so the source is what
   * is reviewed by eye; the cap stops one intent's products from crowding out the others within the total below.
   * Amazon's own advice is "when in doubt, include more rather than fewer sample utterances" (Design the Custom
   * Intents for Your Skill, https://developer.amazon.com/en-US/docs/alexa/interaction-model-design/design-the-custom-intents-for-your-skill.html).
   */
  samplesPerIntent: 3_000,
  /** Slot samples per slot. */
  samplesPerSlot: 700,
  /**
   * Intent and slot samples together, per locale. What really bounds them is the file size above (the generated
   * files are about 700 KB); this keeps the whole model reviewable as a count. Raised from 12,000 on 3 December
   * 2026, when fresh set J showed polite and roundabout askers ("could you tell me whether I should run") missing.
   */
  samples: 13_000,
  /** Our own ceiling on one sample's length: a longer one is a paragraph, not something said to a speaker. */
  sampleChars: 200,
} as const;
