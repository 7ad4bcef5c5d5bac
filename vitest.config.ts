import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores: forks keep native modules (leveldb) and servers isolated per file.
    pool: 'forks',
    testTimeout: 30_000,
    // Node 20 here, Node 22 on Lambda: the SDK's reminder about that is known and only clutters test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 60_000,
  },
});
