/**
 * lambda/index.ts's module graph without its top-level composeSkill() call, bundled with the production settings,
 * so the cold-start harness can time module load and skill build apart. lambda/index.ts imports nothing else.
 */
export { composeSkill } from '../lambda/compose.js';
