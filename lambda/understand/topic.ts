/**
 * Which of the coach's topics a question or an answer to "which would you like?" is about.
 * Most specific first: the talk test, what to wear, the difference, walk or rest, how it should feel, then what a
 * recovery run is (its length and purpose: "how long should a recovery run be").
 */
type Topic = 'recovery-run' | 'feel' | 'difference' | 'walk-or-rest' | 'wear' | 'talk-test';

const RULES: readonly [Topic, RegExp][] = [
  ['talk-test', /\b(?:talk(?:ing)? test|chat(?:ting)? test|conversation(?:al)? (?:test|pace)|talk(?:ing)? pace|chat(?:ting)? pace|talk while|hold a conversation|talk(?:ing)? (?:and|while) run|sing)\b/],
  ['wear', /\b(?:wear|wearing|shoes?|trainers|sneakers|runners|kit|clothes|clothing|gear|outfit|socks|shorts|tights|shoe)\b/],
  ['difference', /\b(?:difference|differ|different|versus|vs|compared? (?:to|with)|same (?:as|thing)|just an? (?:easy|slow|normal) run|or an? easy (?:run|one|1)|and an? easy (?:run|one|1)|recovery (?:run )?(?:or|and) easy|easy (?:run )?(?:or|and) recovery)\b/],
  // "go for a walk or just rest", "is walking better than resting".
  ['walk-or-rest', /\b(?:(?:a )?walk(?:ing)? or (?:just )?(?:rest(?:ing)?|take a rest day|(?:have|take) a (?:full |proper |complete |total )?rest(?: day)?|do nothing|nothing|sit (?:around|about|and rest|down|on the couch|on the sofa)|chill|put my feet up|stay (?:in|home))|(?:a )?walk(?:ing)? (?:is )?better than (?:just |a |total |complete |full |proper )*(?:rest(?:ing| day)?|doing nothing|nothing)|rest(?:ing)? better than walk(?:ing)?|rest(?:ing)? or walk(?:ing)?|when (?:to|should i) (?:walk|rest)|rest (?:day|days|instead)|walk instead|skip (?:a|my) run|not (?:to )?run|take (?:a|the) day off|day off)\b/],
  ['feel', /\b(?:feel|feels|feeling|how (?:hard|fast|slow|easy)|pace|effort|heart rate|intensity|zone 2|zone two|speed|how quick)\b/],
  ['recovery-run', /\b(?:recovery run|recovery runs|recovery jog|recovery|how long|how far|how often|why|what is|what are|point of|the point|purpose|benefits?|good for|when to do)\b/],
];

export function understandTopic(normalised: string): Topic | undefined {
  for (const [topic, re] of RULES) if (re.test(normalised)) return topic;
  // "{how} should a recovery run actually feel": the question word alone, the rest the sample's, asks how it feels.
  if (/^how$/.test(normalised.trim())) return 'feel';
  return undefined;
}
