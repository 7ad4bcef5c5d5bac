/**
 * skill.json: the manifest the ASK CLI and CloudFormation (Alexa::ASK::Skill) read. The Lambda ARN and the public
 * pages' host are placeholders: the deploy step replaces them with the stack's (infra/skill-package.ts overrides
 * them; interaction-model/stamp.ts writes them in for `ask deploy`). The icons are files in the package.
 */
import { LOCALES, LOCALE_WORDS, type Locale, type LocaleWords } from './locales.js';

export const SKILL_NAME = 'Recovery Coach';
export const INVOCATION_NAME = 'recovery coach';
export const ENDPOINT_PLACEHOLDER = 'arn:aws:lambda:REGION:ACCOUNT:function:FUNCTION';
/** `.invalid` can never resolve (RFC 2606): a package shipped without the deploy step's URLs fails loudly. */
export const PUBLIC_PAGES_PLACEHOLDER = 'https://recovery-coach-pages.invalid';
export const PRIVACY_POLICY_PLACEHOLDER = `${PUBLIC_PAGES_PLACEHOLDER}/privacy.html`;
export const TERMS_OF_USE_PLACEHOLDER = `${PUBLIC_PAGES_PLACEHOLDER}/terms.html`;
/** Package-relative icons (interaction-model/icons.ts renders them); only a skill package import resolves file://. */
export const SMALL_ICON_URI = 'file://assets/images/icon-108.png';
export const LARGE_ICON_URI = 'file://assets/images/icon-512.png';
/** How long every stored item lives (lambda/history/schema.ts DEFAULT_RETENTION_DAYS; the privacy policy says it). */
export const RETENTION_DAYS = 28;

/**
 * The one permission the skill asks for: creating and reading its own reminders. Declared in the manifest
 * ("Alexa Reminders API", https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-reminders-api-reference.html),
 * asked for by voice when missing.
 */
export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

/** The manifest's shape, as much of it as this skill uses. */
export interface SkillManifestFile {
  manifest: {
    manifestVersion: '1.0';
    publishingInformation: {
      locales: Record<Locale, LocalePublishing>;
      isAvailableWorldwide: boolean;
      distributionCountries: ('US' | 'GB' | 'AU' | 'CA' | 'IN')[];
      distributionMode: 'PUBLIC' | 'PRIVATE';
      category: string;
      testingInstructions: string;
    };
    privacyAndCompliance: {
      allowsPurchases: boolean;
      usesPersonalInfo: boolean;
      isChildDirected: boolean;
      isExportCompliant: boolean;
      containsAds: boolean;
      usesHealthInfo: boolean;
      locales: Record<Locale, { privacyPolicyUrl: string; termsOfUseUrl: string }>;
    };
    apis: { custom: { endpoint: { uri: string }; interfaces: { type: 'ALEXA_PRESENTATION_APL' }[] } };
    permissions: { name: typeof REMINDERS_PERMISSION }[];
    events: {
      endpoint: { uri: string };
      subscriptions: { eventName: 'SKILL_ENABLED' | 'SKILL_DISABLED' }[];
    };
  };
}

export interface LocalePublishing {
  name: string;
  smallIconUri: string;
  largeIconUri: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}

function publishing(w: LocaleWords): LocalePublishing {
  const distance = w.locale === 'en-US' ? 'five miles' : `eight ${w.kilometres}`;
  return {
    name: SKILL_NAME,
    smallIconUri: SMALL_ICON_URI,
    largeIconUri: LARGE_ICON_URI,
    summary:
      'A running coach that asks how your legs feel and what you did yesterday, then suggests a recovery run, an easy run, a walk, cross-training or rest.',
    description: [
      'Recovery Coach helps runners decide what today should look like.',
      'Tell it how your legs feel and what you did yesterday, and it suggests a recovery run, an easy run, a walk, some cross-training or a rest day, and tells you how that session should feel.',
      'Log your runs by voice, do a quick morning check-in, hear what you did this week, and learn what a recovery run is, how it differs from an easy run, when to walk or rest instead, and what to wear.',
      'Recovery Coach is a training coach, not a doctor. Its suggestions are general training guidance and are not a substitute for professional medical advice, diagnosis or treatment. If you are in pain, ill, or unsure, rest and talk to a health professional.',
      `It keeps your logged runs, your check-in answers (legs, sleep, energy) and whether you are new to running for ${RETENTION_DAYS} days to shape its suggestions, and never keeps what you say about pain or illness. Say "delete my data" at any time to erase everything; disabling the skill erases it too.`,
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
      ...(w.locale === 'en-US' || w.locale === 'en-IN' ? ['jogging'] : ['parkrun']),
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
        distributionCountries: ['US', 'GB', 'AU', 'CA', 'IN'],
        distributionMode: 'PUBLIC',
        category: 'HEALTH_AND_FITNESS',
        testingInstructions: [
          'No account linking, no purchases. One permission, reminders: "remind me to check in every morning at seven" asks for it by voice, then sets a daily reminder; "when is my reminder" reads it; "stop my reminder" deletes it. A first check-in ends by offering the reminder once: say yes, then a time.',
          'Try: "open recovery coach" and answer how your legs feel and what you did yesterday; "ask recovery coach I ran five miles in fifty minutes"; "ask recovery coach to check in"; "what did I do this week"; "what is a recovery run"; "delete my data".',
          'Health: the skill is a training coach and says it is not medical advice. It does not ask about illness or pain; if you volunteer it at any point (for example "I have a fever" or "my knee hurts"), it suggests rest and a health professional, and does not store that answer.',
          `Data: it stores readiness answers (legs, sleep, energy), logged sessions and a new or experienced flag, keyed by a keyed hash of the user id, for ${RETENTION_DAYS} days. "Delete my data" (confirmed with yes) or disabling the skill erases them.`,
        ].join(' '),
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        // It keeps answers and sessions per user (under a pseudonymous key) for weeks: that is personal information,
        // and the privacy policy says what it is.
        usesPersonalInfo: true,
        // For adult runners (the terms say so).
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        // Not a HIPAA-eligible skill: no protected health information, and pain or illness is never stored.
        usesHealthInfo: false,
        locales: perLocale(() => ({ privacyPolicyUrl: PRIVACY_POLICY_PLACEHOLDER, termsOfUseUrl: TERMS_OF_USE_PLACEHOLDER })),
      },
      // Echo Show screens: Alexa sends Alexa.Presentation.APL in supportedInterfaces only to a skill that declares
      // it (https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-interface.html).
      apis: { custom: { endpoint: { uri: ENDPOINT_PLACEHOLDER }, interfaces: [{ type: 'ALEXA_PRESENTATION_APL' }] } },
      permissions: [{ name: REMINDERS_PERMISSION }],
      events: {
        endpoint: { uri: ENDPOINT_PLACEHOLDER },
        subscriptions: [{ eventName: 'SKILL_ENABLED' }, { eventName: 'SKILL_DISABLED' }],
      },
    },
  };
}
