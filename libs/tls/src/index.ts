// @tracehouse/tls: TLS for the servers the outside world reaches (the collector's receivers and the
// query API): the <P>_TLS_* variables, certificate files checked at start-up, reloaded when they
// change (cert-manager rotation) without dropping connections, and optional client certificates
// (mTLS). Which tenant a client certificate names is @tracehouse/tenancy's rule.
export { tlsSchema, tlsSettings, tlsConfigIssues, DEFAULT_TLS_RELOAD_INTERVAL_MS, type TlsSchema, type TlsConfig, type TlsSettings, type TlsConfigIssue } from './config';
export { loadTlsMaterial, checkTlsFiles, readTlsFiles, digestTlsFiles, TlsMaterialError, type TlsMaterial, type TlsFiles } from './material';
export { TlsReloader, TLS_CHECK_OUTCOMES, type TlsCheckOutcome, type TlsReloaderOptions } from './reloader';
export { tlsServerOptions, secureContextOptions, keepCertificateCurrent, handshakeFailureReason, verifiedPeerCertificate, TLS_MIN_VERSION } from './server';
