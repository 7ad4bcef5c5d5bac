/**
 * Checks that a request to `npm run serve` was sent by Alexa, as Amazon's "Host a Custom Skill as a Web Service"
 * specifies (https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-a-web-service.html,
 * "Verify that the request was sent by Alexa"):
 *
 * - SignatureCertChainUrl, normalised first (dot segments removed, scheme and host compared case-insensitively), must
 *   be https, host s3.amazonaws.com, port 443 if any, path starting /echo.api/ (case-sensitive). Checked before
 *   anything is fetched, so a request cannot make this server download what it names.
 * - The chain it names: the signing certificate valid now (Not Before and Not After), echo-api.amazon.com among its
 *   Subject Alternative Names, every certificate chaining to a trusted root CA. Fetched with a short timeout and
 *   cached, per normalised URL, until the first certificate of the chain expires.
 * - Signature-256: the base64 RSA SHA-256 signature of the exact body, checked with the signing certificate's key.
 * - request.timestamp: an ISO 8601 date and time within 150 seconds of now, before or after. Skill events may come
 *   up to an hour late: Alexa redelivers them, keeping the original timestamp ("Use Skill Events", Delivery of
 *   events to the skill; the ASK SDK verifiers allow the same hour).
 *
 * Not checked, like Amazon's own SDK verifiers: certificate revocation.
 */
import { request as httpsGet } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { rootCertificates } from 'node:tls';
import { verify as verifySignature, X509Certificate, type KeyObject } from 'node:crypto';
import { isCalendarDate } from '../lambda/coach/dates.js';

export const TIMESTAMP_TOLERANCE_MS = 150_000;
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
/** Alexa waits 8 s for the whole answer: a certificate that takes longer than this is not worth waiting for. */
export const CERT_FETCH_TIMEOUT_MS = 2_000;
/** Amazon's chain is a few KB. */
export const MAX_CERT_CHAIN_BYTES = 64 * 1024;
export const MAX_CHAIN_LENGTH = 10;
export const CERT_CACHE_SIZE = 16;
export const ECHO_API_DOMAIN = 'echo-api.amazon.com';
export const CERT_HOST = 's3.amazonaws.com';
export const CERT_PATH_PREFIX = '/echo.api/';

/** A request that is not provably from Alexa: answered 400 with this message as the reason. */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';
}

/** Fetches the PEM text at an already-checked URL, giving up after `timeoutMs`. */
export type CertificateFetcher = (url: string, options: { timeoutMs: number }) => Promise<string>;

export interface RequestVerifierOptions {
  /** The instant to check timestamps and certificate validity against. */
  now: () => Date;
  /** Default: an HTTPS GET (no redirects, size-capped). Tests pass one that talks to 127.0.0.1. */
  fetchCertificate?: CertificateFetcher;
  /** PEM root CAs the chain must reach. Default: Node's bundled Mozilla roots. */
  trustedRoots?: readonly string[];
  fetchTimeoutMs?: number;
}

export interface RequestVerifier {
  /** Throws VerificationError unless request.timestamp is a date within the tolerance of now. */
  checkTimestamp(envelope: unknown): void;
  /** Rejects with VerificationError unless the headers carry Amazon's signature of exactly `body`. */
  checkSignature(body: string, headers: IncomingHttpHeaders): Promise<void>;
}

/**
 * The SignatureCertChainUrl as Amazon would use it, or a VerificationError. The WHATWG URL parser does the
 * normalising: it lower-cases scheme and host, resolves `.` and `..` segments (also written %2e), turns `\` into `/`
 * and drops a default :443.
 */
export function normaliseCertChainUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new VerificationError('SignatureCertChainUrl is not a URL');
  }
  if (url.protocol !== 'https:') throw new VerificationError('SignatureCertChainUrl is not https');
  if (url.hostname !== CERT_HOST) throw new VerificationError(`SignatureCertChainUrl host is not ${CERT_HOST}`);
  // `port` is '' for https's default 443, whether written or not.
  if (url.port !== '') throw new VerificationError('SignatureCertChainUrl port is not 443');
  if (url.username !== '' || url.password !== '') throw new VerificationError('SignatureCertChainUrl carries credentials');
  if (!url.pathname.startsWith(CERT_PATH_PREFIX)) throw new VerificationError(`SignatureCertChainUrl path does not start with ${CERT_PATH_PREFIX}`);
  // Amazon's URLs have neither; a query could select other content from the bucket.
  if (url.search !== '' || url.hash !== '') throw new VerificationError('SignatureCertChainUrl has a query or fragment');
  return url.href;
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch ms of an ISO 8601 instant with a zone (Z or ±hh:mm), or undefined. Stricter than Date.parse, which takes
 * "2026-02-30T00:00:00Z" as 2 March and reads zone-less text in the server's own zone.
 */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const m = ISO_INSTANT.exec(value);
  if (!m || !isCalendarDate(m[1])) return undefined;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[6] !== 'Z') {
    const [offsetHours, offsetMins] = [Number(m[8]), Number(m[9])];
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const [year, month, day] = (m[1] as string).split('-').map(Number) as [number, number, number];
  const ms = Number((m[5] ?? '0').padEnd(3, '0').slice(0, 3));
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/** The one value of a header, or undefined when absent; a header sent twice is not Alexa's. */
function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  if (Array.isArray(value)) throw new VerificationError(`${name} header sent more than once`);
  return value === undefined || value === '' ? undefined : value;
}

interface TrustedChain {
  signingKey: KeyObject;
  /** The chain is usable from the latest Not Before to the earliest Not After of its certificates. */
  validFrom: number;
  validTo: number;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) throw new VerificationError('certificate chain holds no certificate');
  if (blocks.length > MAX_CHAIN_LENGTH) throw new VerificationError('certificate chain is too long');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new VerificationError('certificate chain does not parse');
  }
}

function validityOf(cert: X509Certificate): { from: number; to: number } {
  return { from: Date.parse(cert.validFrom), to: Date.parse(cert.validTo) };
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  return parent.ca && child.checkIssued(parent) && child.verify(parent.publicKey);
}

/** Amazon's checks on the chain, in order; returns the signing key and how long the chain may be trusted. */
function trustChain(pem: string, roots: readonly X509Certificate[], nowMs: number): TrustedChain {
  const chain = parseChain(pem);
  const signing = chain[0] as X509Certificate;
  const signingValidity = validityOf(signing);
  if (!(nowMs >= signingValidity.from && nowMs <= signingValidity.to)) {
    throw new VerificationError('signing certificate is expired or not yet valid');
  }
  if (signing.checkHost(ECHO_API_DOMAIN, { subject: 'never', wildcards: false, partialWildcards: false }) !== ECHO_API_DOMAIN) {
    throw new VerificationError(`signing certificate does not name ${ECHO_API_DOMAIN}`);
  }
  for (let i = 0; i + 1 < chain.length; i += 1) {
    if (!issuedBy(chain[i] as X509Certificate, chain[i + 1] as X509Certificate)) {
      throw new VerificationError('certificate chain is broken');
    }
  }
  const last = chain[chain.length - 1] as X509Certificate;
  const root = roots.find((r) => r.fingerprint256 === last.fingerprint256) ?? roots.find((r) => issuedBy(last, r));
  if (root === undefined) throw new VerificationError('certificate chain does not reach a trusted root');
  const all = [...chain, ...(root.fingerprint256 === last.fingerprint256 ? [] : [root])].map(validityOf);
  const validFrom = Math.max(...all.map((v) => v.from));
  const validTo = Math.min(...all.map((v) => v.to));
  if (!(nowMs >= validFrom && nowMs <= validTo)) throw new VerificationError('a certificate of the chain is expired or not yet valid');
  return { signingKey: signing.publicKey, validFrom, validTo };
}

export interface HttpsFetchOptions {
  /** Trust these CAs instead of Node's (a test's own S3 stand-in). */
  ca?: string;
  /** Open the connection here instead of the URL's host, keeping its name for TLS and Host (a local stand-in). */
  connectTo?: { host: string; port: number };
}

/** HTTPS GETs of exactly the given URL: no redirects, at most MAX_CERT_CHAIN_BYTES, abandoned after `timeoutMs`. */
export function httpsFetcher({ ca, connectTo }: HttpsFetchOptions = {}): CertificateFetcher {
  return (url, { timeoutMs }) =>
    new Promise<string>((resolve, reject) => {
      const target = new URL(url);
      const request = httpsGet(
        {
          method: 'GET',
          hostname: connectTo?.host ?? target.hostname,
          port: connectTo?.port ?? 443,
          path: target.pathname,
          servername: target.hostname,
          headers: { host: target.host },
          timeout: timeoutMs,
          ...(ca !== undefined ? { ca } : {}),
        },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume();
            reject(new VerificationError(`certificate chain fetch answered ${response.statusCode ?? 'nothing'}`));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_CERT_CHAIN_BYTES) request.destroy(new VerificationError('certificate chain is too large'));
            else chunks.push(chunk);
          });
          response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          response.on('error', reject);
        },
      );
      // `timeout` is for an idle socket; this bounds the whole fetch (a slow drip of bytes included).
      const deadline = setTimeout(() => request.destroy(new VerificationError('certificate chain fetch timed out')), timeoutMs);
      request.on('timeout', () => request.destroy(new VerificationError('certificate chain fetch timed out')));
      request.on('error', (error) => reject(error instanceof VerificationError ? error : new VerificationError('certificate chain could not be fetched')));
      request.on('close', () => clearTimeout(deadline));
      request.end();
    });
}

/** The fetcher `npm run serve` uses: Amazon's S3, Node's trusted CAs. */
export const fetchOverHttps: CertificateFetcher = httpsFetcher();

export function createRequestVerifier(options: RequestVerifierOptions): RequestVerifier {
  const fetchCertificate = options.fetchCertificate ?? fetchOverHttps;
  const timeoutMs = options.fetchTimeoutMs ?? CERT_FETCH_TIMEOUT_MS;
  let roots: X509Certificate[] | undefined;
  // Parsed on first use: ~140 certificates, a few ms, not worth paying for a server that never checks a signature.
  const trustedRoots = (): X509Certificate[] =>
    (roots ??= (options.trustedRoots ?? rootCertificates).flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    }));
  const cache = new Map<string, TrustedChain>();
  const inFlight = new Map<string, Promise<TrustedChain>>();

  async function chainFor(url: string): Promise<TrustedChain> {
    const nowMs = options.now().getTime();
    const cached = cache.get(url);
    if (cached && nowMs >= cached.validFrom && nowMs <= cached.validTo) return cached;
    cache.delete(url);
    let pending = inFlight.get(url);
    if (!pending) {
      pending = (async () => {
        let pem: string;
        try {
          pem = await fetchCertificate(url, { timeoutMs });
        } catch (error) {
          throw error instanceof VerificationError ? error : new VerificationError('certificate chain could not be fetched');
        }
        const trusted = trustChain(pem, trustedRoots(), options.now().getTime());
        // Only chains that passed every check are kept; the oldest goes first when the cache is full.
        if (cache.size >= CERT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(url, trusted);
        return trusted;
      })().finally(() => inFlight.delete(url));
      inFlight.set(url, pending);
    }
    return pending;
  }

  return {
    checkTimestamp(envelope) {
      const request = (envelope as { request?: { timestamp?: unknown; type?: unknown } } | null)?.request;
      const at = parseInstant(request?.timestamp);
      if (at === undefined) throw new VerificationError('request timestamp is not a date and time');
      const late = options.now().getTime() - at;
      const isSkillEvent = typeof request?.type === 'string' && request.type.startsWith('AlexaSkillEvent.');
      if (late > (isSkillEvent ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS)) throw new VerificationError('request timestamp is too old');
      if (late < -TIMESTAMP_TOLERANCE_MS) throw new VerificationError('request timestamp is in the future');
    },

    async checkSignature(body, headers) {
      const certUrl = singleHeader(headers, 'SignatureCertChainUrl');
      const signature = singleHeader(headers, 'Signature-256');
      if (certUrl === undefined) throw new VerificationError('missing SignatureCertChainUrl header (certificate)');
      if (signature === undefined) throw new VerificationError('missing Signature-256 header');
      if (signature.length > 2048 || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) throw new VerificationError('Signature-256 is not base64');
      const url = normaliseCertChainUrl(certUrl);
      const { signingKey } = await chainFor(url);
      if (!verifySignature('RSA-SHA256', Buffer.from(body, 'utf8'), signingKey, Buffer.from(signature, 'base64'))) {
        throw new VerificationError('signature does not match the request body');
      }
    },
  };
}
