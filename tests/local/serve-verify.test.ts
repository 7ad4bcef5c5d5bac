/**
 * Request verification for `npm run serve`, as Amazon's "Host a Custom Skill as a Web Service" specifies, attacked
 * the way a forger would: certificate URLs that only look like Amazon's, chains that are expired, misnamed, broken or
 * rooted elsewhere, signatures over other bytes or by other keys, timestamps too old, too new or not dates at all,
 * and a certificate host that hangs, errs or floods. Certificates come from a pretend PKI made here (tests/support/
 * certificates.ts); "S3" is an HTTPS stand-in on 127.0.0.1 with a certificate for s3.amazonaws.com from that PKI.
 * The verifier's clock is a fixed instant: nothing here reads the wall clock.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../local/serve.js';
import {
  createRequestVerifier,
  httpsFetcher,
  normaliseCertChainUrl,
  parseInstant,
  VerificationError,
  type CertificateFetcher,
  type RequestVerifier,
} from '../../local/verify-request.js';
import { issue, makeTestPki, signBody, type Issued, type TestPki } from '../support/certificates.js';
import { launchRequest, skillEventRequest, TEST_SKILL_ID } from '../support/envelopes.js';

const NOW = new Date('2026-11-24T20:00:00Z');
const DAY_MS = 86_400_000;
const at = (days: number): Date => new Date(NOW.getTime() + days * DAY_MS);
const certUrl = (name: string): string => `https://s3.amazonaws.com/echo.api/${name}`;

let pki: TestPki;
/** Chains the S3 stand-in serves, by file name under /echo.api/. */
const files = new Map<string, string>();
/** Every path the S3 stand-in was asked for. */
const fetched: string[] = [];
let s3: Server;
const s3Sockets = new Set<Socket>();
let fetcher: CertificateFetcher;
let attacker: Issued;
/** Valid from a day before NOW to two days after: for the cache's expiry. */
let shortLived: Issued;

beforeAll(async () => {
  pki = makeTestPki(NOW);
  attacker = issue({ commonName: 'echo-api.amazon.com', dnsNames: ['echo-api.amazon.com'], notBefore: at(-30), notAfter: at(335) });
  const otherRoot = issue({ commonName: 'Some Other Root', ca: true, notBefore: at(-3650), notAfter: at(3650) });
  const otherIntermediate = issue({ commonName: 'Some Other Intermediate', ca: true, issuer: otherRoot, notBefore: at(-365), notAfter: at(365) });
  const otherLeaf = issue({ commonName: 'echo-api.amazon.com', issuer: otherIntermediate, dnsNames: ['echo-api.amazon.com'], notBefore: at(-30), notAfter: at(335) });
  const expiredIntermediate = issue({ commonName: 'Expired Intermediate', ca: true, issuer: pki.root, notBefore: at(-400), notAfter: at(-1) });
  const underExpired = issue({ commonName: 'echo-api.amazon.com', issuer: expiredIntermediate, dnsNames: ['echo-api.amazon.com'], notBefore: at(-30), notAfter: at(335) });
  const underLeaf = issue({ commonName: 'echo-api.amazon.com', issuer: pki.signing, dnsNames: ['echo-api.amazon.com'], notBefore: at(-30), notAfter: at(335) });
  shortLived = pki.variant({ notBefore: at(-1), notAfter: at(2) });
  files.set('good.pem', pki.chain);
  files.set('short-lived.pem', pki.chainOf(shortLived));
  files.set('expired.pem', pki.chainOf(pki.variant({ notBefore: at(-400), notAfter: at(-1) })));
  files.set('not-yet.pem', pki.chainOf(pki.variant({ notBefore: at(1), notAfter: at(400) })));
  files.set('other-domain.pem', pki.chainOf(pki.variant({ commonName: 'echo-api.amazon.com.evil.example', dnsNames: ['echo-api.amazon.com.evil.example'] })));
  files.set('wildcard.pem', pki.chainOf(pki.variant({ dnsNames: ['*.amazon.com'] })));
  files.set('cn-only.pem', pki.chainOf(pki.variant({ dnsNames: [] })));
  files.set('other-root.pem', `${otherLeaf.cert}\n${otherIntermediate.cert}`);
  files.set('leaf-only.pem', pki.signing.cert);
  files.set('wrong-order.pem', `${pki.intermediate.cert}\n${pki.signing.cert}`);
  files.set('self-signed.pem', attacker.cert);
  files.set('non-ca-issuer.pem', `${underLeaf.cert}\n${pki.signing.cert}\n${pki.intermediate.cert}`);
  files.set('expired-intermediate.pem', `${underExpired.cert}\n${expiredIntermediate.cert}`);
  files.set('garbage.pem', 'this is not a certificate');
  files.set('empty.pem', '');
  files.set('huge.pem', `${pki.chain}\n${'A'.repeat(100_000)}`);

  const s3Identity = issue({ commonName: 's3.amazonaws.com', issuer: pki.root, dnsNames: ['s3.amazonaws.com'], notBefore: at(-30), notAfter: at(335) });
  s3 = createServer({ cert: s3Identity.cert, key: s3Identity.key }, (req, res) => {
    fetched.push(req.url ?? '');
    const name = (req.url ?? '').replace(/^\/echo\.api\//, '');
    if (name === 'silent.pem') return; // never answers
    const body = files.get(name);
    if (req.headers.host !== 's3.amazonaws.com' || body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(body);
  });
  s3.on('connection', (socket: Socket) => {
    s3Sockets.add(socket);
    socket.on('close', () => s3Sockets.delete(socket));
  });
  await new Promise<void>((resolve) => s3.listen(0, '127.0.0.1', resolve));
  fetcher = httpsFetcher({ ca: pki.root.cert, connectTo: { host: '127.0.0.1', port: (s3.address() as AddressInfo).port } });
}, 120_000);

afterAll(async () => {
  for (const socket of s3Sockets) socket.destroy();
  await new Promise<void>((resolve) => s3.close(() => resolve()));
});

function verifierAt(clock: () => Date, fetchTimeoutMs = 1500): RequestVerifier {
  return createRequestVerifier({ now: clock, fetchCertificate: fetcher, trustedRoots: [pki.root.cert], fetchTimeoutMs });
}

function signed(envelope: unknown, { key = pki.signing.key, url = certUrl('good.pem') }: { key?: string; url?: string } = {}) {
  const body = JSON.stringify(envelope);
  return { body, headers: { signaturecertchainurl: url, 'signature-256': signBody(body, key) } };
}

async function refusal(verifier: RequestVerifier, body: string, headers: Record<string, string | string[]>): Promise<string> {
  try {
    await verifier.checkSignature(body, headers);
  } catch (error) {
    expect(error).toBeInstanceOf(VerificationError);
    return (error as Error).message;
  }
  throw new Error('the request was accepted');
}

describe('SignatureCertChainUrl, normalised before it is checked', () => {
  it.each([
    ['HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem'],
    ['https://s3.amazonaws.com/echo.api/./echo-api-cert.pem'],
  ])('accepts %s as https://s3.amazonaws.com/echo.api/echo-api-cert.pem', (raw) => {
    expect(normaliseCertChainUrl(raw)).toBe('https://s3.amazonaws.com/echo.api/echo-api-cert.pem');
  });

  it.each([
    ['https://s3.amazonaws.com/echo.api/../x.pem', /path does not start with \/echo\.api\//],
    ['https://s3.amazonaws.com/echo.api/%2e%2e/x.pem', /path does not start/],
    ['https://s3.amazonaws.com/echo.api%2f..%2fx.pem', /path does not start/],
    ['https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', /path does not start/],
    ['https://s3.amazonaws.com/invalid.path/echo-api-cert.pem', /path does not start/],
    ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', /not https/],
    ['ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem', /not https/],
    ['https://notamazon.com/echo.api/echo-api-cert.pem', /host is not s3\.amazonaws\.com/],
    ['https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem', /host is not/],
    ['https://s3.amazonaws.com./echo.api/echo-api-cert.pem', /host is not/],
    ['https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', /port is not 443/],
    ['https://alexa@s3.amazonaws.com/echo.api/echo-api-cert.pem', /credentials/],
    ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem?versionId=1', /query or fragment/],
    ['not a url at all', /not a URL/],
  ])('refuses %s', (raw, reason) => {
    expect(() => normaliseCertChainUrl(raw)).toThrow(reason);
  });

  it('refuses a dot-segment escape without fetching anything', async () => {
    const before = fetched.length;
    const { body, headers } = signed(launchRequest(), { url: 'https://s3.amazonaws.com/echo.api/../x.pem' });
    expect(await refusal(verifierAt(() => NOW), body, headers)).toMatch(/path does not start/);
    expect(fetched.length).toBe(before);
  });
});

describe('the certificate chain', () => {
  it('accepts Amazon-shaped chains: signing certificate, then the intermediate, reaching a trusted root', async () => {
    const { body, headers } = signed(launchRequest());
    await expect(verifierAt(() => NOW).checkSignature(body, headers)).resolves.toBeUndefined();
  });

  it.each([
    ['expired.pem', /expired or not yet valid/],
    ['not-yet.pem', /expired or not yet valid/],
    ['other-domain.pem', /does not name echo-api\.amazon\.com/],
    ['wildcard.pem', /does not name echo-api\.amazon\.com/],
    ['cn-only.pem', /does not name echo-api\.amazon\.com/],
    ['other-root.pem', /does not reach a trusted root/],
    ['leaf-only.pem', /does not reach a trusted root/],
    ['wrong-order.pem', /does not name echo-api\.amazon\.com/],
    ['self-signed.pem', /does not reach a trusted root/],
    ['non-ca-issuer.pem', /chain is broken/],
    ['expired-intermediate.pem', /a certificate of the chain is expired/],
    ['garbage.pem', /holds no certificate/],
    ['empty.pem', /holds no certificate/],
    ['missing.pem', /answered 404/],
    ['huge.pem', /too large/],
  ])('refuses %s', async (file, reason) => {
    const key = file === 'self-signed.pem' ? attacker.key : pki.signing.key;
    const { body, headers } = signed(launchRequest(), { url: certUrl(file), key });
    expect(await refusal(verifierAt(() => NOW), body, headers)).toMatch(reason);
  });

  it('gives up on a certificate host that never answers (short timeout), and on one that refuses connections', async () => {
    const { body, headers } = signed(launchRequest(), { url: certUrl('silent.pem') });
    expect(await refusal(verifierAt(() => NOW, 300), body, headers)).toMatch(/timed out/);
    const nowhere = createRequestVerifier({
      now: () => NOW,
      trustedRoots: [pki.root.cert],
      fetchCertificate: httpsFetcher({ ca: pki.root.cert, connectTo: { host: '127.0.0.1', port: 9 } }),
    });
    expect(await refusal(nowhere, body, headers)).toMatch(/could not be fetched/);
  });
});

describe('the signature', () => {
  it('refuses a body changed after signing, even by one character', async () => {
    const { body, headers } = signed(launchRequest({ userId: 'amzn1.ask.account.A' }));
    expect(await refusal(verifierAt(() => NOW), body.replace('account.A', 'account.B'), headers)).toMatch(/does not match/);
  });

  it("refuses a signature made with someone else's key over Amazon's certificate", async () => {
    const { body, headers } = signed(launchRequest(), { key: attacker.key });
    expect(await refusal(verifierAt(() => NOW), body, headers)).toMatch(/does not match/);
  });

  it('refuses missing, malformed, doubled or legacy (SHA-1 "Signature") headers', async () => {
    const { body, headers } = signed(launchRequest());
    const v = verifierAt(() => NOW);
    expect(await refusal(v, body, { signaturecertchainurl: headers.signaturecertchainurl })).toMatch(/missing Signature-256/);
    expect(await refusal(v, body, { 'signature-256': headers['signature-256'] })).toMatch(/missing SignatureCertChainUrl/);
    expect(await refusal(v, body, { ...headers, 'signature-256': 'not base64 at all!' })).toMatch(/not base64/);
    expect(await refusal(v, body, { ...headers, 'signature-256': [headers['signature-256'], headers['signature-256']] })).toMatch(/more than once/);
    expect(await refusal(v, body, { signaturecertchainurl: headers.signaturecertchainurl, signature: headers['signature-256'] })).toMatch(/missing Signature-256/);
  });
});

describe('the certificate cache', () => {
  it('fetches a good chain once, and keeps using it until its first certificate expires', async () => {
    let now = NOW;
    const v = verifierAt(() => now);
    const before = fetched.filter((p) => p === '/echo.api/short-lived.pem').length;
    const count = (): number => fetched.filter((p) => p === '/echo.api/short-lived.pem').length - before;
    const request = (): { body: string; headers: Record<string, string> } => signed(launchRequest(), { url: certUrl('short-lived.pem'), key: shortLived.key });
    for (let i = 0; i < 3; i += 1) {
      const { body, headers } = request();
      await v.checkSignature(body, headers);
    }
    expect(count()).toBe(1);
    // The signing certificate ends two days from NOW: one day on it is still cached, three days on it is fetched
    // again, and refused as expired.
    now = at(1);
    const dayLater = request();
    await v.checkSignature(dayLater.body, dayLater.headers);
    expect(count()).toBe(1);
    now = at(3);
    const { body, headers } = request();
    expect(await refusal(v, body, headers)).toMatch(/expired/);
    expect(count()).toBe(2);
  });

  it('shares one fetch between concurrent requests, and never caches a chain that failed', async () => {
    const v = verifierAt(() => NOW);
    const before = fetched.length;
    await Promise.all(Array.from({ length: 5 }, () => signed(launchRequest())).map(({ body, headers }) => v.checkSignature(body, headers)));
    expect(fetched.length - before).toBe(1);
    for (let i = 0; i < 2; i += 1) {
      const { body, headers } = signed(launchRequest(), { url: certUrl('expired.pem') });
      await refusal(v, body, headers);
    }
    expect(fetched.slice(before + 1)).toEqual(['/echo.api/expired.pem', '/echo.api/expired.pem']);
  });
});

describe('the timestamp', () => {
  const v = createRequestVerifier({ now: () => NOW });
  const withTimestamp = (timestamp: unknown): unknown => ({ ...launchRequest(), request: { ...launchRequest().request, timestamp } });

  it('accepts up to 150 s either side of now', () => {
    for (const timestamp of ['2026-11-24T19:57:30Z', '2026-11-24T20:02:30Z', '2026-11-24T20:00:00.123Z', '2026-11-24T21:00:00+01:00']) {
      expect(() => v.checkTimestamp(withTimestamp(timestamp)), timestamp).not.toThrow();
    }
  });

  it('refuses more than 150 s in the past or in the future', () => {
    expect(() => v.checkTimestamp(withTimestamp('2026-11-24T19:57:29Z'))).toThrow(/too old/);
    expect(() => v.checkTimestamp(withTimestamp('2026-11-24T20:02:31Z'))).toThrow(/in the future/);
    expect(() => v.checkTimestamp(withTimestamp('2027-11-24T20:00:00Z'))).toThrow(/in the future/);
  });

  it('refuses timestamps that are not dates and times', () => {
    for (const timestamp of ['yesterday', '', 1795550400000, null, undefined, {}, '2026-02-30T20:00:00Z', '2026-11-24T24:00:00Z', '2026-11-24T20:00:00', '2026-11-24 20:00:00Z', '2026-11-24', '2026-11-24T20:00:00+25:00']) {
      expect(() => v.checkTimestamp(withTimestamp(timestamp)), String(timestamp)).toThrow(/not a date and time/);
    }
    expect(() => v.checkTimestamp({})).toThrow(/not a date and time/);
    expect(() => v.checkTimestamp(null)).toThrow(/not a date and time/);
  });

  it('lets a skill event be up to an hour late (Alexa redelivers it with its first timestamp), and no other request', () => {
    const event = (timestamp: string): unknown => skillEventRequest('AlexaSkillEvent.SkillDisabled', { timestamp });
    expect(() => v.checkTimestamp(event('2026-11-24T19:01:00Z'))).not.toThrow();
    expect(() => v.checkTimestamp(event('2026-11-24T18:59:59Z'))).toThrow(/too old/);
    expect(() => v.checkTimestamp(event('2026-11-24T20:02:31Z'))).toThrow(/in the future/);
    expect(() => v.checkTimestamp(withTimestamp('2026-11-24T19:01:00Z'))).toThrow(/too old/);
  });

  it('reads instants exactly (no rollover, zones honoured)', () => {
    expect(parseInstant('2026-11-24T20:00:00Z')).toBe(1795550400000);
    expect(parseInstant('2026-11-24T21:30:00+01:30')).toBe(1795550400000);
    expect(parseInstant('2026-11-24T20:00:00.5Z')).toBe(1795550400500);
    expect(parseInstant('2026-02-29T00:00:00Z')).toBeUndefined();
  });
});

describe('npm run serve with these checks', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, skillId: TEST_SKILL_ID, verifier: verifierAt(() => NOW), warn: () => undefined, log: () => undefined });
  });
  afterAll(() => server.close());

  async function post(body: string, headers: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(server.url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  it('answers a request signed with the chain and fresh by its clock', async () => {
    const { body, headers } = signed(launchRequest({ timestamp: '2026-11-24T19:59:00Z' }));
    const reply = await post(body, headers);
    expect(reply.status).toBe(200);
    expect((reply.json.response as { outputSpeech?: unknown }).outputSpeech).toBeDefined();
  });

  it('refuses the dot-segment URL with a 400 and fetches nothing', async () => {
    const before = fetched.length;
    const { body, headers } = signed(launchRequest({ timestamp: '2026-11-24T19:59:00Z' }), { url: 'https://s3.amazonaws.com/echo.api/../x.pem' });
    const reply = await post(body, headers);
    expect(reply).toEqual({ status: 400, json: { error: 'request verification failed', reason: 'SignatureCertChainUrl path does not start with /echo.api/' } });
    expect(fetched.length).toBe(before);
  });

  it('refuses a well-signed request from the future, and a tampered one', async () => {
    const future = signed(launchRequest({ timestamp: '2026-11-24T20:05:00Z' }));
    expect(await post(future.body, future.headers)).toEqual({ status: 400, json: { error: 'request verification failed', reason: 'request timestamp is in the future' } });
    const fresh = signed(launchRequest({ timestamp: '2026-11-24T19:59:00Z' }));
    const tampered = await post(fresh.body.replace('LaunchRequest', 'SessionEndedRequest'), fresh.headers);
    expect(tampered).toEqual({ status: 400, json: { error: 'request verification failed', reason: 'signature does not match the request body' } });
  });
});
