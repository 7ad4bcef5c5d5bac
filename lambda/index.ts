// Lambda entry. Placeholder until the skill is composed (lambda/skill.ts); the infra stack bundles this file.
export const handler = async (): Promise<never> => {
  throw new Error('Recovery Coach is not composed yet');
};
