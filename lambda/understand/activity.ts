/** What the runner would rather do ("can I cross-train instead?") -> the coach's activities. */
type Activity = 'rest' | 'walk' | 'cross-train' | 'recovery-run' | 'easy-run';

const RULES: readonly [Activity, RegExp][] = [
  ['cross-train', /\b(?:cross ?train(?:ing)?|bike|biking|cycl\w*|ride|spin\w*|swim\w*|swam|pool|gym|weights|yoga|pilates|row\w*|elliptical|cross trainer|strength|hiit|crossfit|stretch\w*|mobility|aqua jog\w*|tennis|football|soccer|footy|netball|basketball|surf\w*)\b/],
  ['walk', /\b(?:walk\w*|hike|hiking|stroll)\b/],
  ['recovery-run', /\b(?:recovery|shake ?out|very easy run|slow (?:run|jog)|light jog|gentle jog)\b/],
  ['rest', /\b(?:rest\w*|day off|nothing|sofa|couch|take it off|skip)\b/],
  ['easy-run', /\b(?:easy|run|jog\w*|running)\b/],
];

export function understandActivity(normalised: string): Activity | undefined {
  for (const [activity, re] of RULES) if (re.test(normalised)) return activity;
  return undefined;
}
