/**
 * A pretend PKI for request-verification tests: a root CA, an intermediate, and signing certificates shaped like
 * Amazon's (SAN echo-api.amazon.com), plus the wrong ones an attacker would try. Keys come from node:crypto (fast,
 * native); node-forge writes the X.509 certificates, which node:crypto cannot. Validity is set from a given instant,
 * never from the clock.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import forge from 'node-forge';

const DAY_MS = 86_400_000;

export interface Issued {
  /** PEM certificate. */
  cert: string;
  /** PEM private key (PKCS#8). */
  key: string;
}

export interface CertificateOptions {
  commonName: string;
  /** Signed by this one; self-signed when absent. */
  issuer?: Issued;
  ca?: boolean;
  /** DNS names for subjectAltName; none = no SAN extension. */
  dnsNames?: readonly string[];
  notBefore: Date;
  notAfter: Date;
}

function newKeyPair(): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export function issue(options: CertificateOptions): Issued {
  const { publicKey, privateKey } = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive DER integer with no redundant leading zero byte ("0" + a hex digit below 8 would add one, and
  // OpenSSL then refuses to parse the certificate now and again).
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? forge.pki.certificateFromPem(options.issuer.cert).subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: options.ca === true, critical: true },
    options.ca === true
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
  ];
  if (options.dnsNames && options.dnsNames.length > 0) {
    extensions.push({ name: 'subjectAltName', altNames: options.dnsNames.map((value) => ({ type: 2, value })) });
  }
  cert.setExtensions(extensions);
  cert.sign(forge.pki.privateKeyFromPem(options.issuer?.key ?? privateKey), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: privateKey };
}

/** RSA SHA-256 over the exact body bytes, base64: what Alexa sends as Signature-256. */
export function signBody(body: string, key: string): string {
  return sign('RSA-SHA256', Buffer.from(body, 'utf8'), key).toString('base64');
}

export interface TestPki {
  root: Issued;
  intermediate: Issued;
  /** Valid at `now` for a year, SAN echo-api.amazon.com, issued by the intermediate. */
  signing: Issued;
  /** signing + intermediate, as Amazon serves it (signing first). */
  chain: string;
  /** A certificate like `signing` with some option changed, issued by the intermediate unless `issuer` says. */
  variant(changes: Partial<CertificateOptions>): Issued;
  /** PEM chain of a variant with the intermediate. */
  chainOf(leaf: Issued): string;
}

export function makeTestPki(now: Date): TestPki {
  const at = (days: number): Date => new Date(now.getTime() + days * DAY_MS);
  const root = issue({ commonName: 'Recovery Coach Test Root CA', ca: true, notBefore: at(-3650), notAfter: at(3650) });
  const intermediate = issue({ commonName: 'Recovery Coach Test Intermediate CA', ca: true, issuer: root, notBefore: at(-365), notAfter: at(1825) });
  const leafOptions: CertificateOptions = {
    commonName: 'echo-api.amazon.com',
    issuer: intermediate,
    dnsNames: ['echo-api.amazon.com'],
    notBefore: at(-30),
    notAfter: at(335),
  };
  const signing = issue(leafOptions);
  const chainOf = (leaf: Issued): string => `${leaf.cert}\n${intermediate.cert}`;
  return {
    root,
    intermediate,
    signing,
    chain: chainOf(signing),
    variant: (changes) => issue({ ...leafOptions, ...changes }),
    chainOf,
  };
}
