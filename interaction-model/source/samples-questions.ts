/**
 * Follow-ups after advice (why, something else instead, how it should feel), learning about recovery runs,
 * what to wear, the runner's experience, and deleting their data.
 */
import type { AllIntentSources } from './intents.js';
import type { LocaleWords } from './locales.js';

type QuestionIntents = 'Why' | 'Instead' | 'Feel' | 'Learn' | 'Wear' | 'DeleteData' | 'Experience';

/** Where a question about kit can end: "what shoes should I wear for a recovery run". */
const FOR_RUN = '[today|for my run|for a recovery run|for recovery runs|for an easy run|]';

export function questionSamples(w: LocaleWords): Pick<AllIntentSources, QuestionIntents> {
  const shoes = w.shoes.join('|');
  const clothes = w.clothes.join('|');
  return {
    Why: {
      samples: [
        'why',
        'why is that',
        'why not',
        'why that',
        'how come',
        'tell me why',
        'but why',
        'why should I',
        'why do you say that',
        'why do you think that',
        'why do you recommend that',
        "[what's|what is] the reason",
        'explain',
        'explain that',
        'explain why',
        'what makes you say that',
        "why [not run|rest|walk|can't I run|shouldn't I run|a recovery run|an easy run|today]",
      ],
      slotSamples: {},
    },
    Instead: {
      // Always with "instead", "rather" or "what about": a bare "can I run" asks for advice, not for a swap.
      samples: [
        'what about {activity} [instead|]',
        'how about {activity} [instead|]',
        '[can|could|should] I {activity} instead',
        '[can|could] I do {activity} instead',
        '[can|could] I go for {activity} instead',
        '[can|could] I just {activity} instead',
        "[I'd|I would] rather {activity}",
        "[I'd|I would] [prefer|like] {activity} instead",
        'is {activity} [okay|fine|alright] instead',
        'what if I {activity} instead',
        'I want to {activity} instead',
        'would {activity} be [okay|better|fine] [instead|]',
        'is {activity} better',
      ],
      slotSamples: {
        activity: ['{activity}', '{activity} instead', "[I'd|I would] rather {activity}", 'maybe {activity}'],
      },
    },
    Feel: {
      samples: [
        'how should [it|that|the run|my run|a recovery run|an easy run|my recovery run|it all] feel',
        'what should [it|the run|a recovery run] feel like',
        'how [hard|fast|slow|easy] should [it be|I go|I run|the run be|that be]',
        'what pace should I [run|go|run at]',
        'what [pace|effort|heart rate] should [it be|I run at]',
        'what [pace|effort|heart rate] is right',
        "how do I know [if|] it's easy enough",
        "how do I know if I'm going too [hard|fast]",
        'how easy is easy',
        'how easy is a recovery run',
        'what effort',
        'what pace',
        'how hard',
        'how fast',
      ],
      slotSamples: {},
    },
    Learn: {
      samples: [
        "[what is|what's|what are] {topic}",
        'tell me [about|more about] {topic}',
        '[explain|describe] {topic}',
        'teach me about {topic}',
        'I want to [learn|know] about {topic}',
        'learn about {topic}',
        'how does {topic} work',
        'what do you mean by {topic}',
        'what does {topic} mean',
        'when should I [do|] {topic}',
        '[is|how is] {topic}',
        "[what is|what's] the difference between {topic}",
        'difference between {topic}',
        "[what is|what's|what are] {topic} for",
        'why [do|should I do] {topic}',
        'help me understand {topic}',
        // "how slow should a recovery run be": the question word is the topic.
        '{topic} should [a recovery run|recovery runs|my recovery run|my recovery runs|a recovery jog] be',
        '{topic} should I [go|run] on [a recovery run|recovery runs|my recovery run]',
        'how often should I do {topic}',
      ],
      slotSamples: {
        topic: ['{topic}', 'about {topic}', 'tell me about {topic}', '{topic} please'],
      },
    },
    Wear: {
      samples: [
        `what should I wear [running|for running|on my run|${FOR_RUN.slice(1)}`,
        'what do I wear [today|for my run|]',
        'what to wear [today|for my run|for a recovery run|]',
        `what [${shoes}] should I wear ${FOR_RUN}`,
        `which [${shoes}] should I [wear|use] ${FOR_RUN}`,
        `which [${shoes}] [are best|are the best|do you recommend] [for recovery runs|for a recovery run|]`,
        'which shoe is [best|the best] [for recovery runs|for a recovery run|]',
        `which [${shoes}|shoe]`,
        `what [${shoes}] do you recommend [for recovery runs|for a recovery run|]`,
        `what are the best [${shoes}|recovery shoes] [for recovery runs|for a recovery run|]`,
        'what is the best [recovery shoe|shoe for recovery runs|shoe for a recovery run|running shoe for recovery runs]',
        `recommend [me|] some [${shoes}]`,
        'recommend [me|] a [shoe|running shoe|recovery shoe]',
        `recommend [me|] a pair of [${shoes}]`,
        `what [${clothes}] should I wear [today|]`,
        'what should I [put on|run in] [today|]',
      ],
      slotSamples: {},
    },
    DeleteData: {
      samples: [
        '[delete|erase|remove|wipe|clear] [my|all my|all of my] [data|history|runs|check ins]',
        'delete everything [you know about me|you have on me|]',
        'forget [me|everything|everything about me|my data|my runs]',
        'reset my [data|history]',
        "[I want to|I'd like to] delete my data",
      ],
      slotSamples: {},
    },
    Experience: {
      samples: [
        "I'm {experience}",
        'I am {experience}',
        "I'm {experience} runner",
        'I am {experience} runner',
        "[remember|note] [that|] I'm {experience}",
        "I've {experience}",
        'I have {experience}',
      ],
      slotSamples: {
        experience: ['{experience}', "I'm {experience}"],
      },
    },
  };
}
