/**
 * The offline Alexa used by the console and the conversation tests. See README.md in this folder.
 */
export {
  AlexaSimulator,
  DEFAULT_API_ENDPOINTS,
  DEFAULT_DEVICE_ID,
  DEFAULT_TIME_ZONES,
  DEFAULT_USER_ID,
  InvalidResponseError,
  UnsupportedDirectiveError,
  simulatedPersonId,
  spoken,
  stripInvocation,
  type PermissionAnswer,
  type SimulatorOptions,
  type SkillEventType,
  type Turn,
} from './simulator.js';
export {
  BUILT_IN_SAMPLES,
  DEFAULT_SKILL_ID,
  FALLBACK_INTENT,
  completeIntent,
  describeIntent,
  explainUtterance,
  resolveUtterance,
  type PendingDialog,
  type Resolution,
  type ResolveContext,
} from './resolve.js';
export { DEVICES, ECHO, ECHO_SHOW, type DeviceName, type SimulatedDevice } from './devices.js';
export { LOCALES, loadInteractionModel, modelPath, parseInteractionModelFile, type InteractionModel, type Locale } from './model.js';
export { parseDate, parseDuration, parseNumber, parseTime } from './builtin-slots.js';
export { normaliseWords } from './normalise.js';
