import type { Intent } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../lambda/conversation/contract.js';
import { LOCALES, loadInteractionModel, type Locale } from '../../local/simulator/model.js';
import { DEFAULT_SKILL_ID, describeIntent, explainUtterance, resolveUtterance, type ResolveContext } from '../../local/simulator/resolve.js';
import { parseDuration } from '../../local/simulator/builtin-slots.js';

const models = Object.fromEntries(LOCALES.map((l) => [l, loadInteractionModel(l)])) as Record<Locale, ReturnType<typeof loadInteractionModel>>;
const gb = models['en-GB'];
// Thursday 26 November 2026, 08:00 in London.
const context: ResolveContext = { now: new Date('2026-11-26T08:00:00Z'), timeZone: 'Europe/London' };

/** The filled slots as a handler reads them: the ER id for custom types, the value for built-ins. */
function filled(intent: Intent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const slot of Object.values(intent.slots ?? {})) {
    if (slot.value === undefined) continue;
    const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
    if (!resolution) out[slot.name] = slot.value;
    else if (resolution.status.code === 'ER_SUCCESS_MATCH') out[slot.name] = resolution.values[0]?.value.id ?? '';
    else out[slot.name] = `NO_MATCH(${slot.value})`;
  }
  return out;
}

const { ShouldIRun, CheckIn, LogRun, Week, Why, Instead, Feel, Learn, Wear, DeleteData } = INTENTS;

const conversations: [string, string, Record<string, string>][] = [
  // Should I run today?
  ['should I run today', ShouldIRun.name, { when: 'today' }],
  ['Should I run today?', ShouldIRun.name, { when: 'today' }],
  ['can I go for a run this morning', ShouldIRun.name, { when: 'today' }],
  ['what should I do today', ShouldIRun.name, { when: 'today' }],
  ['my legs feel like lead', ShouldIRun.name, { legs: 'heavy' }],
  ['should I run on tired legs', ShouldIRun.name, { legs: 'heavy' }],
  ['my legs are dead after a long run yesterday', ShouldIRun.name, { legs: 'heavy', yesterday: 'long-run' }],
  ['I did intervals yesterday, should I run today?', ShouldIRun.name, { yesterday: 'workout' }],
  ['should I run after my parkrun', ShouldIRun.name, { yesterday: 'race-5k' }],
  ['my legs are sore after the half marathon should I run', ShouldIRun.name, { legs: 'sore', yesterday: 'race-half-marathon' }],
  ['I had a rest day yesterday and my legs feel fresh', ShouldIRun.name, { yesterday: 'rest', legs: 'fresh' }],
  ['my legs hurt', ShouldIRun.name, { legs: 'painful' }],
  ['my legs ache a bit, should I run today?', ShouldIRun.name, { legs: 'sore' }],
  // Logging a run
  ['I ran 8 kilometres in 50 minutes, it felt hard', LogRun.name, { distance: '8', unit: 'km', duration: 'PT50M', effortWord: 'hard' }],
  ['I ran eight kilometres in fifty minutes and it felt hard', LogRun.name, { distance: '8', unit: 'km', duration: 'PT50M', effortWord: 'hard' }],
  ['log a long run of 90 minutes, it felt hard', LogRun.name, { kind: 'long-run', duration: 'PT90M', effortWord: 'hard' }],
  ['log a long run of an hour and ten minutes', LogRun.name, { kind: 'long-run', duration: 'PT1H10M' }],
  ['I did intervals today', LogRun.name, { kind: 'workout' }],
  ['I did hills on Tuesday', LogRun.name, { kind: 'workout', day: '2026-12-01' }],
  ['I did a parkrun yesterday', LogRun.name, { kind: 'race-5k', day: '2026-11-25' }],
  ['I ran five miles in forty five minutes', LogRun.name, { distance: '5', unit: 'mile', duration: 'PT45M' }],
  ['I ran twenty five k', LogRun.name, { distance: '25', unit: 'km' }],
  ['I ran a hundred and five kilometres', LogRun.name, { distance: '105', unit: 'km' }],
  ['I ran one point five miles', LogRun.name, { distance: '1.5', unit: 'mile' }],
  ['I ran 10k', LogRun.name, { distance: '10', unit: 'km' }],
  // "a 10k" on its own is a distance (most 10 km runs are not races); saying "race" makes it one.
  ['I ran a 10k', LogRun.name, { distance: '10', unit: 'km' }],
  ['I ran a 10k race', LogRun.name, { kind: 'race-10k' }],
  ['I ran for half an hour', LogRun.name, { duration: 'PT30M' }],
  ['I ran a half marathon in one and a half hours', LogRun.name, { kind: 'race-half-marathon', duration: 'PT1H30M' }],
  ['I went for a ninety minute long run', LogRun.name, { duration: 'PT90M', kind: 'long-run' }],
  ['it felt seven out of ten', LogRun.name, { effortScore: '7' }],
  ['I ran 10 k in 55 minutes and it felt like a six out of ten', LogRun.name, { distance: '10', unit: 'km', duration: 'PT55M', effortScore: '6' }],
  ['I did a tempo run and it felt very hard', LogRun.name, { kind: 'workout', effortWord: 'very-hard' }],
  ['I did a bike ride for an hour', LogRun.name, { kind: 'cross-training', duration: 'PT1H' }],
  ['I ran the marathon in four hours', LogRun.name, { kind: 'race-marathon', duration: 'PT4H' }],
  ['I ran far in fifty minutes', LogRun.name, { kind: 'NO_MATCH(far)', duration: 'PT50M' }],
  // Morning check-in
  ['check in', CheckIn.name, {}],
  ['morning check-in', CheckIn.name, {}],
  ['check in, my legs feel heavy and I slept badly', CheckIn.name, { legs: 'heavy', sleep: 'bad' }],
  ['I slept poorly last night', CheckIn.name, { sleep: 'bad' }],
  ['I have a sore throat', CheckIn.name, { feeling: 'ill-above-neck' }],
  ["I've got a chest infection", CheckIn.name, { feeling: 'ill-below-neck' }],
  ['I feel run down', CheckIn.name, { feeling: 'run-down' }],
  ["I'm feeling drained", CheckIn.name, { feeling: 'run-down' }],
  ['I slept like a log and I feel fine', CheckIn.name, { sleep: 'good', feeling: 'fine' }],
  // The week
  ['what did I do this week', Week.name, {}],
  ['how was my week', Week.name, {}],
  ['how many kilometres have I run this week', Week.name, {}],
  // Follow-ups after advice
  ['why?', Why.name, {}],
  ['how come', Why.name, {}],
  ['what about a walk instead?', Instead.name, { activity: 'walk' }],
  ['can I go for a bike ride instead', Instead.name, { activity: 'cross-train' }],
  ['how about a swim', Instead.name, { activity: 'cross-train' }],
  ["I'd rather rest", Instead.name, { activity: 'rest' }],
  ['how should it feel?', Feel.name, {}],
  ['how hard should I go', Feel.name, {}],
  ['what pace should I run', Feel.name, {}],
  // Learning
  ['what is a recovery run', Learn.name, { topic: 'recovery-run' }],
  ["what's the difference between a recovery run and an easy run", Learn.name, { topic: 'difference' }],
  ['how is a recovery run different from an easy run', Learn.name, { topic: 'difference' }],
  ['when should I walk or rest instead', Learn.name, { topic: 'walk-or-rest' }],
  ['what is the talk test', Learn.name, { topic: 'talk-test' }],
  ['tell me about recovery shoes', Learn.name, { topic: 'wear' }],
  // Kit
  ['what should I wear', Wear.name, {}],
  ['which shoes', Wear.name, {}],
  ['which trainers should I wear', Wear.name, {}],
  // Privacy
  ['delete my data', DeleteData.name, {}],
  ['forget me', DeleteData.name, {}],
  ['erase all my history', DeleteData.name, {}],
  // Built-ins
  ['help', 'AMAZON.HelpIntent', {}],
  ['what can I say', 'AMAZON.HelpIntent', {}],
  ['stop', 'AMAZON.StopIntent', {}],
  ['cancel', 'AMAZON.CancelIntent', {}],
  ['never mind', 'AMAZON.CancelIntent', {}],
  ['yes', 'AMAZON.YesIntent', {}],
  ['nope', 'AMAZON.NoIntent', {}],
  // Nothing the skill knows
  ['purple monkey dishwasher', 'AMAZON.FallbackIntent', {}],
  ['heavy', 'AMAZON.FallbackIntent', {}],
  ['play some music', 'AMAZON.FallbackIntent', {}],
];

describe('resolveUtterance: what runners say', () => {
  it.each(conversations)('"%s" -> %s %o', (said, intent, slots) => {
    const result = resolveUtterance(gb, said, context);
    expect(result.name).toBe(intent);
    expect(filled(result)).toEqual(slots);
  });

  it.each(LOCALES)('%s understands the same conversations in its own spelling', (locale) => {
    const kilometres = locale === 'en-US' ? 'kilometers' : 'kilometres';
    const run = resolveUtterance(models[locale], `I ran eight ${kilometres} in fifty minutes`, context);
    expect(filled(run)).toEqual({ distance: '8', unit: 'km', duration: 'PT50M' });
    expect(run.slots?.['unit']?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.name).toBe(kilometres);
    expect(resolveUtterance(models[locale], 'should I run today', context).name).toBe(ShouldIRun.name);
    expect(resolveUtterance(models[locale], 'what about a walk instead', context).name).toBe(Instead.name);
  });
});

describe('resolveUtterance: the intent as Alexa sends it', () => {
  it('sends every declared slot, with no value where nothing was said', () => {
    const intent = resolveUtterance(gb, 'should I run today', context);
    expect(intent).toEqual({
      name: ShouldIRun.name,
      confirmationStatus: 'NONE',
      slots: {
        legs: { name: 'legs', confirmationStatus: 'NONE' },
        yesterday: { name: 'yesterday', confirmationStatus: 'NONE' },
        feeling: { name: 'feeling', confirmationStatus: 'NONE' },
        // "today" is the time of day asked about, resolved like any custom slot.
        when: expect.objectContaining({ name: 'when', value: 'today', confirmationStatus: 'NONE' }),
        said: { name: 'said', confirmationStatus: 'NONE' },
      },
    });
  });

  it('resolves a custom slot to its id under the skill\'s authority, keeping the words said as the value', () => {
    const intent = resolveUtterance(gb, 'My legs feel like LEAD!', { ...context, skillId: 'amzn1.ask.skill.test' });
    const legs = intent.slots?.['legs'];
    expect(legs?.value).toBe('like lead');
    expect(legs?.resolutions).toEqual({
      resolutionsPerAuthority: [
        {
          authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.LegsType',
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'heavy', id: 'heavy' } }],
        },
      ],
    });
    expect(legs?.slotValue).toEqual({ type: 'Simple', value: 'like lead', resolutions: legs?.resolutions });
  });

  it('reports an unknown word as ER_SUCCESS_NO_MATCH with no values, keeping the raw words', () => {
    const legs = resolveUtterance(gb, 'my legs feel wobbly', context).slots?.['legs'];
    expect(legs?.value).toBe('wobbly');
    expect(legs?.resolutions?.resolutionsPerAuthority).toEqual([
      { authority: `amzn1.er-authority.echo-sdk.${DEFAULT_SKILL_ID}.LegsType`, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
    ]);
  });

  it('resolves a value with its article because the model lists it that way, not by dropping the article', () => {
    for (const said of ['I did a long run today', 'I did the long run today', 'I did long run today']) {
      expect(filled(resolveUtterance(gb, said, context)), said).toEqual({ kind: 'long-run' });
    }
    // "a tempo run" is listed, "the tempo run" is not: entity resolution matches the words said.
    expect(filled(resolveUtterance(gb, 'I did a tempo run today', context))).toEqual({ kind: 'workout' });
    expect(filled(resolveUtterance(gb, 'I did the tempo run today', context))).toEqual({ kind: 'NO_MATCH(the tempo run)' });
  });

  it('sends "?" for a built-in slot whose words are not a number, duration or date', () => {
    const intent = resolveUtterance(gb, 'I ran lots of k in fifty minutes', context);
    expect(intent.name).toBe(LogRun.name);
    expect(intent.slots?.['distance']?.value).toBe('?');
    expect(intent.slots?.['distance']?.resolutions).toBeUndefined();
    expect(intent.slots?.['duration']?.value).toBe('PT50M');
  });

  it('gives a built-in slot only words of its kind, as Alexa tags them: no sample fits by putting a run into a duration', () => {
    // Before: "record a {duration} {kind}" took "recovery run 4 k about 30 minutes nice and" as a duration ("?").
    const record = explainUtterance(gb, 'record a recovery run 4 k about 30 minutes nice and easy', context);
    expect(record.sample).toBe('record {kind} {distance} {unit} {duration} {effortWord}');
    // "about" is a hedge before the amount, not part of it; "an hour and ten" has no value and sends "?".
    expect(filled(record.intent)).toEqual({ kind: 'recovery-run', distance: '4', unit: 'km', duration: 'PT30M', effortWord: 'easy' });
    expect(explainUtterance(gb, 'log twelve k an hour and ten easy', context).intent.slots?.['duration']?.value).toBe('PT1H');
  });

  it('gives a built-in slot the whole of a number said in words: "six point two miles" is 6.2 miles', () => {
    const run = explainUtterance(gb, 'record a recovery run two and a half miles super slow', context);
    expect(filled(run.intent)).toMatchObject({ kind: 'recovery-run', distance: '2.5', unit: 'mile' });
    const tempo = explainUtterance(gb, 'just got back from a tempo run six point two miles', context);
    expect(tempo.intent.slots?.['distance']?.value).toBe('6.2');
  });

  it('never throws for what was said: empty, punctuation or rambling gets the fallback', () => {
    for (const said of ['', '   ', '!!!', 'the quick brown fox jumps over the lazy dog '.repeat(6)]) {
      expect(resolveUtterance(gb, said, context)).toEqual({ name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE' });
    }
  });

  it('prefers the sample with more literal words over one that leaves more to a slot', () => {
    const result = explainUtterance(gb, 'I did intervals today', context);
    expect(result.sample).toBe('I did {kind} today');
    expect(explainUtterance(gb, 'I did intervals on Friday', context).sample).toBe('I did {kind} on {day}');
  });

  it('describes an intent on one line for the console', () => {
    expect(describeIntent(resolveUtterance(gb, 'I ran eight k, it felt brutal', context))).toBe(
      'LogRunIntent distance=8 unit=km ("k") effortWord=very-hard ("brutal")',
    );
    expect(describeIntent(resolveUtterance(gb, 'my legs feel wobbly', context))).toBe('ShouldIRunIntent legs=NO_MATCH ("wobbly")');
  });

  it('ignores filler words around a request', () => {
    expect(resolveUtterance(gb, 'um should I run today please', context).name).toBe(ShouldIRun.name);
  });
});

describe('resolveUtterance in a dialog', () => {
  const shouldIRun = (slots: Intent['slots'] = {}): Intent => ({ name: ShouldIRun.name, confirmationStatus: 'NONE', slots });
  const elicitLegs: ResolveContext = {
    ...context,
    dialog: {
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'legs',
      intent: shouldIRun({ yesterday: { name: 'yesterday', value: 'long run', confirmationStatus: 'NONE' } }),
    },
  };

  it('fills the elicited slot from a slot-only answer and keeps the earlier slots', () => {
    const result = explainUtterance(gb, 'heavy', elicitLegs);
    expect(result.intent.name).toBe(ShouldIRun.name);
    expect(filled(result.intent)).toEqual({ legs: 'heavy', yesterday: 'long run' });
    expect(result.continuesDialog).toBe(true);
    expect(result.dialogState).toBe('IN_PROGRESS');
    expect(result.via).toBe('slot-sample');
  });

  it('does not understand the same bare word outside the dialog', () => {
    expect(resolveUtterance(gb, 'heavy', context).name).toBe('AMAZON.FallbackIntent');
  });

  it('accepts fuller answers and unknown words for the elicited slot', () => {
    expect(filled(resolveUtterance(gb, 'they feel a bit sore', elicitLegs))).toEqual({ legs: 'sore', yesterday: 'long run' });
    expect(filled(resolveUtterance(gb, 'wobbly', elicitLegs))).toEqual({ legs: 'NO_MATCH(wobbly)', yesterday: 'long run' });
  });

  it('still hears a built-in or another intent that fits better', () => {
    expect(resolveUtterance(gb, 'stop', elicitLegs).name).toBe('AMAZON.StopIntent');
    expect(resolveUtterance(gb, 'what did I do this week', elicitLegs).name).toBe(Week.name);
  });

  it('answers for the intent being elicited when two intents share the phrase', () => {
    const checkInLegs: ResolveContext = {
      ...context,
      dialog: { type: 'Dialog.ElicitSlot', slotToElicit: 'legs', intent: { name: CheckIn.name, confirmationStatus: 'NONE' } },
    };
    const result = resolveUtterance(gb, 'my legs feel heavy', checkInLegs);
    expect(result.name).toBe(CheckIn.name);
    expect(filled(result)).toEqual({ legs: 'heavy' });
    expect(resolveUtterance(gb, 'my legs feel heavy', context).name).toBe(ShouldIRun.name);
  });

  it('fills yesterday, sleep, feeling and durations from their answers', () => {
    const elicit = (intent: string, slot: string): ResolveContext => ({
      ...context,
      dialog: { type: 'Dialog.ElicitSlot', slotToElicit: slot, intent: { name: intent, confirmationStatus: 'NONE' } },
    });
    expect(filled(resolveUtterance(gb, 'I did intervals', elicit(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'workout' });
    expect(filled(resolveUtterance(gb, 'a long run', elicit(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'long-run' });
    expect(filled(resolveUtterance(gb, 'badly', elicit(CheckIn.name, 'sleep')))).toEqual({ sleep: 'bad' });
    expect(filled(resolveUtterance(gb, "I've got a runny nose", elicit(CheckIn.name, 'feeling')))).toEqual({ feeling: 'ill-above-neck' });
    expect(filled(resolveUtterance(gb, 'about fifty minutes', elicit(LogRun.name, 'duration')))).toEqual({ duration: 'PT50M' });
    expect(filled(resolveUtterance(gb, 'a seven', elicit(LogRun.name, 'effortScore')))).toEqual({ effortScore: '7' });
  });

  describe('after Dialog.ConfirmIntent', () => {
    const logged: Intent = {
      name: LogRun.name,
      confirmationStatus: 'NONE',
      slots: { kind: { name: 'kind', value: 'long run', confirmationStatus: 'NONE' }, duration: { name: 'duration', value: 'PT90M', confirmationStatus: 'NONE' } },
    };
    const confirm: ResolveContext = { ...context, dialog: { type: 'Dialog.ConfirmIntent', intent: logged } };

    it.each(['yes', 'yeah', 'sure', 'please do', 'Yes please.', 'okay'])('"%s" confirms the intent, slots kept', (said) => {
      const result = explainUtterance(gb, said, confirm);
      expect(result.intent.name).toBe(LogRun.name);
      expect(result.intent.confirmationStatus).toBe('CONFIRMED');
      expect(filled(result.intent)).toEqual({ kind: 'long run', duration: 'PT90M' });
      expect(Object.keys(result.intent.slots ?? {}).sort()).toEqual(Object.keys(LogRun.slots).sort());
      expect(result.dialogState).toBe('IN_PROGRESS');
    });

    it.each(['no', 'nope', 'no thanks', 'nah'])('"%s" denies it', (said) => {
      const result = resolveUtterance(gb, said, confirm);
      expect(result.name).toBe(LogRun.name);
      expect(result.confirmationStatus).toBe('DENIED');
    });

    it('resolves anything else normally', () => {
      expect(resolveUtterance(gb, 'what did I do this week', confirm).name).toBe(Week.name);
      expect(resolveUtterance(gb, 'cancel', confirm).name).toBe('AMAZON.CancelIntent');
    });
  });

  it('confirms or denies one slot after Dialog.ConfirmSlot', () => {
    const dialog = { type: 'Dialog.ConfirmSlot' as const, slotToConfirm: 'legs', intent: shouldIRun({ legs: { name: 'legs', value: 'painful', confirmationStatus: 'NONE' } }) };
    const yes = resolveUtterance(gb, 'yes', { ...context, dialog });
    expect(yes.slots?.['legs']?.confirmationStatus).toBe('CONFIRMED');
    expect(yes.confirmationStatus).toBe('NONE');
    expect(resolveUtterance(gb, 'no', { ...context, dialog }).slots?.['legs']?.confirmationStatus).toBe('DENIED');
  });
});

describe('resolveUtterance: the phrasings issue 10 asked for, in every locale', () => {
  const tired = { 'en-US': 'beat', 'en-GB': 'knackered', 'en-AU': 'knackered', 'en-CA': 'bagged', 'en-IN': 'fully tired' } as const;
  const shoes = { 'en-US': 'sneakers', 'en-GB': 'trainers', 'en-AU': 'runners', 'en-CA': 'runners', 'en-IN': 'sports shoes' } as const;
  const cases = (locale: Locale): [string, string, Record<string, string>][] => [
    ['do I need a rest day', ShouldIRun.name, {}],
    ['should I skip my run today', ShouldIRun.name, {}],
    ['tell me what to do today', ShouldIRun.name, { when: 'today' }],
    ['what should I do today', ShouldIRun.name, { when: 'today' }],
    ['is it a rest day', ShouldIRun.name, {}],
    ['can I go for a run', ShouldIRun.name, {}],
    ['can I run today', ShouldIRun.name, { when: 'today' }],
    [`I'm ${tired[locale]}, should I run`, ShouldIRun.name, { feeling: 'run-down' }],
    ["my legs are heavy after yesterday's long run, should I run", ShouldIRun.name, { legs: 'heavy', yesterday: 'long-run' }],
    ["should I run today, I've got a cold", ShouldIRun.name, { feeling: 'ill-above-neck', when: 'today' }],
    ["should I run today? I've got a fever", ShouldIRun.name, { feeling: 'ill-below-neck', when: 'today' }],
    ['just did 10k in 55 minutes', LogRun.name, { distance: '10', unit: 'km', duration: 'PT55M' }],
    ['I jogged 4 miles', LogRun.name, { distance: '4', unit: 'mile' }],
    ['I just got back from a 45 minute run', LogRun.name, { duration: 'PT45M' }],
    ['ran for half an hour', LogRun.name, { duration: 'PT30M' }],
    ['I did a 3 mile recovery run this morning', LogRun.name, { distance: '3', unit: 'mile', kind: 'recovery-run' }],
    ["I've just done a tempo run", LogRun.name, { kind: 'workout' }],
    ['how slow should a recovery run be', Learn.name, { topic: 'feel' }],
    ['how long should a recovery run be', Learn.name, { topic: 'recovery-run' }],
    ['what shoes should I wear for a recovery run', Wear.name, {}],
    ['what are the best shoes', Wear.name, {}],
    [`recommend some ${shoes[locale]}`, Wear.name, {}],
    ['which shoe is best for recovery runs', Wear.name, {}],
    ["let's do my check in", CheckIn.name, {}],
  ];

  it.each(LOCALES)('%s', (locale) => {
    for (const [said, intent, slots] of cases(locale)) {
      const result = resolveUtterance(models[locale], said, context);
      expect({ said, intent: result.name, slots: filled(result) }).toEqual({ said, intent, slots });
    }
  });
});

describe('resolveUtterance while a slot is asked for: the answer goes into that slot, as on a device', () => {
  const asking = (intent: string, slot: string): ResolveContext => ({
    ...context,
    dialog: { type: 'Dialog.ElicitSlot', slotToElicit: slot, intent: { name: intent, confirmationStatus: 'NONE' } },
  });

  it.each([
    [ShouldIRun.name, 'legs', 'my knee hurts when I walk', 'my knee hurts when i walk'],
    [ShouldIRun.name, 'legs', 'sing me a song about llamas', 'sing me a song about llamas'],
    [ShouldIRun.name, 'legs', 'my legs are shot', 'shot'],
    [ShouldIRun.name, 'yesterday', 'intervals on the track', 'intervals on the track'],
    [ShouldIRun.name, 'yesterday', 'the London marathon', 'the london marathon'],
    [CheckIn.name, 'sleep', 'badly, I barely slept', 'badly i barely slept'],
    [CheckIn.name, 'feeling', "I've got a head cold, just a runny nose", 'a head cold just a runny nose'],
    [LogRun.name, 'kind', 'a bit of everything', 'a bit of everything'],
  ])('%s.%s: "%s" arrives as the runner\'s words with ER_SUCCESS_NO_MATCH, not as the fallback', (intent, slot, said, words) => {
    const result = explainUtterance(gb, said, asking(intent, slot));
    expect(result.intent.name).toBe(intent);
    expect(result.continuesDialog).toBe(true);
    expect(result.dialogState).toBe('IN_PROGRESS');
    expect(result.intent.slots?.[slot]?.value).toBe(words);
    expect(result.intent.slots?.[slot]?.resolutions?.resolutionsPerAuthority?.[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
  });

  it('hears hedged answers and the articles runners say', () => {
    expect(filled(resolveUtterance(gb, 'pretty heavy to be honest', asking(ShouldIRun.name, 'legs')))).toEqual({ legs: 'heavy' });
    expect(filled(resolveUtterance(gb, 'not too bad really', asking(ShouldIRun.name, 'legs')))).toEqual({ legs: 'okay' });
    expect(filled(resolveUtterance(gb, 'I think they are a bit sore', asking(ShouldIRun.name, 'legs')))).toEqual({ legs: 'sore' });
    expect(filled(resolveUtterance(gb, 'I did my long run', asking(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'long-run' });
    expect(filled(resolveUtterance(gb, 'an easy run', asking(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'easy-run' });
    expect(filled(resolveUtterance(gb, 'nothing, it was a rest day', asking(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'rest' });
    expect(filled(resolveUtterance(gb, 'I went swimming', asking(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'cross-training' });
    expect(filled(resolveUtterance(gb, 'well enough', asking(CheckIn.name, 'sleep')))).toEqual({ sleep: 'good' });
  });

  it('"I feel great" answers the legs question, in the check-in too, instead of starting a check-in one-shot', () => {
    expect(filled(resolveUtterance(gb, 'I feel great', asking(ShouldIRun.name, 'legs')))).toEqual({ legs: 'fresh' });
    const checkIn = resolveUtterance(gb, 'I feel great', asking(CheckIn.name, 'legs'));
    expect(checkIn.name).toBe(CheckIn.name);
    expect(filled(checkIn)).toEqual({ legs: 'fresh' });
  });

  it('"I ran 10k" answers what was done yesterday (10k alone is a distance, not a race), while "I ran 10k in 50 minutes" fits a log better', () => {
    expect(filled(resolveUtterance(gb, 'I ran 10k', asking(ShouldIRun.name, 'yesterday')))).toEqual({ yesterday: 'NO_MATCH(10 k)' });
    const log = resolveUtterance(gb, 'I ran 10k in 50 minutes', asking(ShouldIRun.name, 'yesterday'));
    expect(log.name).toBe(LogRun.name);
  });

  it('leaves the dialog for a built-in or a request that fits another intent fully', () => {
    for (const [said, intent] of [
      ['yes', 'AMAZON.YesIntent'],
      ['stop', 'AMAZON.StopIntent'],
      ['what did I do this week', Week.name],
      ['I slept badly', CheckIn.name],
    ] as const) {
      expect(resolveUtterance(gb, said, asking(ShouldIRun.name, 'legs')).name, said).toBe(intent);
    }
  });

  it('sends the fallback for an unknown answer when the slot has no slot-only sample (Alexa needs one to take any words)', () => {
    const trimmed = structuredClone(gb);
    for (const intent of trimmed.languageModel.intents) {
      for (const slot of intent.slots ?? []) if (slot.name === 'legs') slot.samples = (slot.samples ?? []).filter((s) => s.trim() !== '{legs}');
    }
    expect(resolveUtterance(trimmed, 'sing me a song about llamas', asking(ShouldIRun.name, 'legs')).name).toBe('AMAZON.FallbackIntent');
    expect(resolveUtterance(gb, 'sing me a song about llamas', asking(ShouldIRun.name, 'legs')).name).toBe(ShouldIRun.name);
  });
});

describe('AMAZON.DURATION units run from larger to smaller', () => {
  it('"an hour and ten minutes" is one duration; "an hour a day" is a rate, no duration', () => {
    expect(parseDuration(['an', 'hour', 'and', 'ten', 'minutes'])).toBe('PT1H10M');
    expect(parseDuration(['a', 'day', 'and', 'an', 'hour'])).toBe('P1DT1H');
    expect(parseDuration(['an', 'hour', 'a', 'day'])).toBeUndefined();
    expect(parseDuration(['ten', 'minutes', 'an', 'hour'])).toBeUndefined();
  });
});
