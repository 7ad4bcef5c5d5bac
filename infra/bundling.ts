/**
 * The production bundle of the skill, described once. The stack (NodejsFunction) and anything that rebuilds the
 * bundle outside CDK (the bundle test, the cold-start benchmark) derive their esbuild settings from here, so a
 * measurement is always of what is deployed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The Lambda entry, bundled as is. */
export const LAMBDA_ENTRY = path.join(REPO_ROOT, 'lambda', 'index.ts');

export const BUNDLE_SETTINGS = {
  // CommonJS, not ESM: ask-sdk-core and much of the dependency tree are CommonJS that `require()` Node
  // built-ins. In an ESM bundle esbuild turns those into a `__require` shim that throws at run time unless a
  // `createRequire(import.meta.url)` banner is injected. Our code uses neither `import.meta` nor top-level
  // await, so CJS costs nothing and needs no banner. esbuild compiles our ES-module source to CJS.
  format: 'cjs',
  platform: 'node',
  // Lambda runs Node 22 (Runtime.NODEJS_22_X): no down-levelling needed beyond it.
  target: 'node22',
  minify: true,
  sourcemap: true,
  // Stack traces need the mappings, not the sources: leaving the sources out roughly halves the .map file.
  sourcesContent: false,
  /** File name Lambda loads (`index.handler`); `.js` without a package.json is CommonJS to Node. */
  outfile: 'index.js',
  // ES-module builds first: the SDK's CommonJS builds cannot be tree-shaken (every DynamoDB command, a browser
  // user-agent parser). Measured by bench/: 668 -> 478 KB minified, ~28 ms less module load at cold start.
  mainFields: ['module', 'main'],
} as const;

/**
 * Modules left to the Lambda runtime when the AWS SDK is not bundled. The SDK v3 and its @smithy packages are
 * versioned together: taking one from the runtime and the other from the bundle risks a mismatch, so both go.
 */
export const RUNTIME_PROVIDED_MODULES: readonly string[] = ['@aws-sdk/*', '@smithy/*'];

/** Bundling the SDK pins the version we test against; leaving it out makes a smaller bundle. Measured by bench/. */
export const DEFAULT_BUNDLE_AWS_SDK = true;

export function externalModules(bundleAwsSdk: boolean): string[] {
  return bundleAwsSdk ? [] : [...RUNTIME_PROVIDED_MODULES];
}

/** Settings for NodejsFunction: local esbuild (no Docker), same output as `esbuildOptions`. */
export function lambdaBundlingOptions(bundleAwsSdk: boolean = DEFAULT_BUNDLE_AWS_SDK): BundlingOptions {
  return {
    forceDockerBundling: false,
    format: OutputFormat.CJS,
    target: BUNDLE_SETTINGS.target,
    minify: BUNDLE_SETTINGS.minify,
    sourceMap: BUNDLE_SETTINGS.sourcemap,
    sourcesContent: BUNDLE_SETTINGS.sourcesContent,
    mainFields: [...BUNDLE_SETTINGS.mainFields],
    // Always explicit: NodejsFunction's own default for Node 22 would leave the SDK out.
    externalModules: externalModules(bundleAwsSdk),
  };
}

export interface BundleRequest {
  /** Directory the bundle is written to (created by esbuild). */
  outdir: string;
  bundleAwsSdk?: boolean;
  /** Defaults to the Lambda entry; a test may bundle a fixture with the same settings. */
  entry?: string;
}

/** The same build for esbuild's JS API, for tests and benchmarks. */
export function esbuildOptions(request: BundleRequest): BuildOptions {
  return {
    entryPoints: [request.entry ?? LAMBDA_ENTRY],
    bundle: true,
    outfile: path.join(request.outdir, BUNDLE_SETTINGS.outfile),
    format: BUNDLE_SETTINGS.format,
    platform: BUNDLE_SETTINGS.platform,
    target: BUNDLE_SETTINGS.target,
    minify: BUNDLE_SETTINGS.minify,
    sourcemap: BUNDLE_SETTINGS.sourcemap,
    sourcesContent: BUNDLE_SETTINGS.sourcesContent,
    mainFields: [...BUNDLE_SETTINGS.mainFields],
    external: externalModules(request.bundleAwsSdk ?? DEFAULT_BUNDLE_AWS_SDK),
    // NodejsFunction runs esbuild from the project root; resolve the same tsconfig and packages.
    absWorkingDir: REPO_ROOT,
    logLevel: 'warning',
  };
}

export interface BuiltBundle {
  /** Absolute path of the bundle (`index.js`). */
  file: string;
  /** Absolute path of its source map. */
  sourceMapFile: string;
}

/** Builds the production bundle into `outdir`. esbuild is loaded lazily: synth does not need its JS API. */
export async function buildLambdaBundle(request: BundleRequest): Promise<BuiltBundle> {
  const esbuild = await import('esbuild');
  const options = esbuildOptions(request);
  await esbuild.build(options);
  const file = path.join(request.outdir, BUNDLE_SETTINGS.outfile);
  return { file, sourceMapFile: `${file}.map` };
}
