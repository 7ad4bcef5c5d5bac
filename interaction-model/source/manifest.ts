/**
 * skill.json: the manifest the ASK CLI and CloudFormation (Alexa::ASK::Skill) read. The Lambda ARN is a
 * placeholder: the deploy step overrides `apis.custom.endpoint.uri` and `events.endpoint.uri` with the real one.
 */
import { LOCALES, LOCALE_WORDS, type Locale, type LocaleWords } from './locales.js';

export const SKILL_NAME = 'Recovery Coach';
export const INVOCATION_NAME = 'recovery coach';
export const ENDPOINT_PLACEHOLDER = 'arn:aws:lambda:REGION:ACCOUNT:function:FUNCTION';
export const PRIVACY_POLICY_PLACEHOLDER = 'https://example.com/recovery-coach/privacy';
export const TERMS_OF_USE_PLACEHOLDER = 'https://example.com/recovery-coach/terms';

/** The manifest's shape, as much of it as this skill uses. */
export interface SkillManifestFile {
  manifest: {
    manifestVersion: '1.0';
    publishingInformation: {
      locales: Record<Locale, LocalePublishing>;
      isAvailableWorldwide: boolean;
      distributionCountries: string[];
      distributionMode: 'PUBLIC' | 'PRIVATE' | 'INTERNAL';
      category: string;
      testingInstructions: string;
    };
    privacyAndCompliance: {
      allowsPurchases: boolean;
      usesPersonalInfo: boolean;
      isChildDirected: boolean;
      isExportCompliant: boolean;
      containsAds: boolean;
      locales: Record<Locale, { privacyPolicyUrl: string; termsOfUseUrl: string }>;
    };
    apis: { custom: { endpoint: { uri: string } } };
    events: {
      endpoint: { uri: string };
      subscriptions: { eventName: 'SKILL_ENABLED' | 'SKILL_DISABLED' }[];
    };
  };
}

export interface LocalePublishing {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}

function publishing(w: LocaleWords): LocalePublishing {
  const distance = w.locale === 'en-US' ? 'five miles' : `eight ${w.kilometres}`;
  return {
    name: SKILL_NAME,
    summary:
      'A running coach that asks how your legs feel and what you did yesterday, then suggests a recovery run, an easy run, a walk, cross-training or rest.',
    description: [
      'Recovery Coach helps runners decide what today should look like.',
      'Tell it how your legs feel and what you did yesterday, and it suggests a recovery run, an easy run, a walk, some cross-training or a rest day, and tells you how that session should feel.',
      'Log your runs by voice, do a quick morning check-in, hear what you did this week, and learn what a recovery run is, how it differs from an easy run, when to walk or rest instead, and what to wear.',
      'Recovery Coach is a training coach, not a doctor. Its suggestions are general training guidance and are not a substitute for professional medical advice, diagnosis or treatment. If you are in pain, ill, or unsure, rest and talk to a health professional.',
      'It keeps your logged runs and check-in answers for a few weeks to shape its suggestions. Say "delete my data" at any time to erase them; disabling the skill erases them too.',
    ].join(' '),
    examplePhrases: [
      'Alexa, open recovery coach',
      'Alexa, ask recovery coach should I run today',
      `Alexa, tell recovery coach I ran ${distance} in fifty minutes`,
    ],
    keywords: [
      'running',
      'runner',
      'recovery run',
      'easy run',
      'rest day',
      'training',
      'coach',
      'fitness',
      'marathon',
      ...(w.locale === 'en-US' ? ['jogging'] : ['parkrun']),
    ],
  };
}

export function skillManifest(): SkillManifestFile {
  const perLocale = <T>(f: (w: LocaleWords) => T): Record<Locale, T> =>
    Object.fromEntries(LOCALES.map((l) => [l, f(LOCALE_WORDS[l])])) as Record<Locale, T>;
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: perLocale(publishing),
        isAvailableWorldwide: false,
        distributionCountries: ['US', 'GB', 'AU'],
        distributionMode: 'PUBLIC',
        category: 'HEALTH_AND_FITNESS',
        testingInstructions:
          'No account linking or permissions. Try: "open recovery coach", answer how your legs feel and what you did yesterday; "ask recovery coach I ran five miles in fifty minutes"; "check in"; "what did I do this week"; "delete my data". Disabling the skill deletes the stored history.',
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        locales: perLocale(() => ({ privacyPolicyUrl: PRIVACY_POLICY_PLACEHOLDER, termsOfUseUrl: TERMS_OF_USE_PLACEHOLDER })),
      },
      apis: { custom: { endpoint: { uri: ENDPOINT_PLACEHOLDER } } },
      events: {
        endpoint: { uri: ENDPOINT_PLACEHOLDER },
        subscriptions: [{ eventName: 'SKILL_ENABLED' }, { eventName: 'SKILL_DISABLED' }],
      },
    },
  };
}
