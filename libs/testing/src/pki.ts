// Certificates for TLS tests, made with the `openssl` binary in a temporary folder: a CA, server
// certificates for 127.0.0.1/localhost and client certificates naming a tenant in their subject CN
// and SANs. Each file is written with the name a Kubernetes TLS Secret mounts (tls.crt, tls.key,
// ca.crt) under a folder of its own, so a test can hand the paths to a service as configured.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A certificate and its key, as files and as PEM. */
export interface TestCertificate {
  readonly certFile: string;
  readonly keyFile: string;
  readonly cert: string;
  readonly key: string;
  /** SHA-256 fingerprint as Node's X509Certificate prints it (AA:BB:...). */
  readonly fingerprint256: string;
}

/** Subject and SANs of a certificate to issue. */
export interface IssueOptions {
  readonly cn: string;
  /** `DNS:x`, `IP:1.2.3.4`, `URI:spiffe://...`, `email:a@b` entries. */
  readonly san?: readonly string[];
  readonly usage: 'server' | 'client';
  /** Days of validity (default 30). */
  readonly days?: number;
}

/** A test certificate authority in a temporary folder. */
export interface TestPki {
  readonly dir: string;
  readonly caFile: string;
  readonly caCert: string;
  /** Issues a certificate signed by this CA into `<dir>/<name>/tls.crt|tls.key`. */
  issue(name: string, options: IssueOptions): TestCertificate;
  /**
   * Replaces the files of `target` with those of `source` as cert-manager's Secret update does for
   * a mounted volume: each file is renamed into place, the certificate first, so a reader polling
   * between the two renames sees a mismatched pair for a moment.
   */
  rotate(target: TestCertificate, source: TestCertificate): void;
  /** Removes the folder. */
  remove(): void;
}

function openssl(args: readonly string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Creates a CA (EC P-256, as cert-manager issues by default for ECDSA) in a new temporary folder. */
export function createTestPki(prefix = 'tracehouse-pki-'): TestPki {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const caKey = join(dir, 'ca.key');
  const caFile = join(dir, 'ca.crt');
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', caKey], dir);
  openssl(['req', '-x509', '-new', '-key', caKey, '-sha256', '-days', '30', '-subj', '/CN=tracehouse test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', caFile], dir);
  let serial = 1;
  return {
    dir,
    caFile,
    caCert: readFileSync(caFile, 'utf8'),
    issue(name, options) {
      const out = join(dir, name);
      mkdirSync(out, { recursive: true });
      const keyFile = join(out, 'tls.key');
      const certFile = join(out, 'tls.crt');
      const csr = join(out, 'tls.csr');
      const ext = join(out, 'ext.cnf');
      // PKCS#8 (genpkey's format), as cert-manager writes tls.key.
      openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', keyFile], out);
      openssl(['req', '-new', '-key', keyFile, '-subj', `/CN=${options.cn}`, '-out', csr], out);
      const lines = [
        'basicConstraints=CA:FALSE',
        'keyUsage=critical,digitalSignature,keyEncipherment',
        `extendedKeyUsage=${options.usage === 'server' ? 'serverAuth' : 'clientAuth'}`,
      ];
      if (options.san?.length) lines.push(`subjectAltName=${options.san.join(',')}`);
      writeFileSync(ext, `${lines.join('\n')}\n`);
      openssl(['x509', '-req', '-in', csr, '-CA', caFile, '-CAkey', caKey, '-set_serial', String(serial++), '-days', String(options.days ?? 30), '-sha256', '-extfile', ext, '-out', certFile], out);
      rmSync(csr);
      rmSync(ext);
      const cert = readFileSync(certFile, 'utf8');
      return { certFile, keyFile, cert, key: readFileSync(keyFile, 'utf8'), fingerprint256: new X509Certificate(cert).fingerprint256 };
    },
    rotate(target, source) {
      for (const [from, to] of [
        [source.cert, target.certFile],
        [source.key, target.keyFile],
      ] as const) {
        const tmp = `${to}.tmp`;
        writeFileSync(tmp, from);
        renameSync(tmp, to);
      }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
