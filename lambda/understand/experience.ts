/**
 * "I'm new to running" / "I'm experienced": which the runner says they are. Two clauses often come together
 * ("I'm pretty new to all this, only started a couple of months ago", "done a few marathons"), so each reading
 * looks for a sign anywhere in the words. A new runner's sign wins when both appear ("new to marathons, been
 * running for years" is rare; the cautious reading is the shorter, gentler plan).
 */
type Experience = 'new' | 'experienced';

const NEW = /\b(?:new|beginner|novice|newbie|just (?:started|starting|began|begun|taken up|took up)|only (?:just )?(?:started|began|been running (?:for )?(?:a|a few|a couple of|two|three) (?:weeks?|months?))|(?:started|began|took up|taken up) running (?:recently|last (?:week|month|year)|this (?:year|month)|a (?:few|couple of) (?:weeks|months) ago)|(?:only )?(?:been running|running|started running|started) since (?:christmas|new year|the new year|last (?:week|month|summer|spring|autumn|fall|winter)|(?:the )?(?:spring|summer|autumn|fall|winter)|january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)|(?:started|began|took up)(?: running| jogging)? (?:in|this|last) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|^(?:only )?in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|couch to (?:5|five) ?(?:k|km)\b|c25k|first (?:year|month|few (?:weeks|months))|getting (?:into|back into) running|learning to run)\b/;
const EXPERIENCED = /\b(?:experienced|seasoned|veteran|know what i am doing|^(?:about |around |over |nearly )?(?:[2-9]|\d{2,3}) (?:marathons|half marathons|halves|ultras|ultra marathons|ironmans)\b|(?:done|run|ran|finished|completed) (?:a (?:few|couple of)|several|many|lots of|loads of|heaps of|\d+|two|three|four|five|ten) (?:marathons|halves|half marathons|ultras|races)|(?:been running|running|run) for (?:years|ages|a long time|(?:over |more than )?(?:a )?(?:decade|\d+ years|two years|three years|five years|ten years))|(?:over |more than |nearly |almost )?(?:a|one|two) decades?|a long time|for ages|donkeys years|years of running|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|many|a few|several|a lot of|lots of|heaps of|loads of|plenty of) years|not new|club runner|since (?:high school|middle school|school|college|uni|university|my (?:teens|twenties|thirties|school days|college days|uni days)|i was (?:a kid|\d+|young|little|at school)|the (?:\d0s|nineties|eighties|seventies|noughties))|run competitively)\b/;

const STARTED_WHEN = /^(?:(?:like|about|around|only|just|maybe) )*(?:(?:a|one|two|three|four|five|six|a few|a couple of|couple of|a couple|couple|\d+) (?:weeks?|months?) ago|this year|last (?:week|month)|this (?:spring|summer|autumn|fall|winter|month))$/;

export function understandExperience(normalised: string): Experience | undefined {
  if (/\bnot (?:new|a beginner|a novice)\b/.test(normalised)) return 'experienced';
  if (NEW.test(normalised)) return 'new';
  if (EXPERIENCED.test(normalised)) return 'experienced';
  // "I just started running {like a month ago}": the slot holds only when, and a start weeks or months ago is new.
  if (STARTED_WHEN.test(normalised)) return 'new';
  return undefined;
}
