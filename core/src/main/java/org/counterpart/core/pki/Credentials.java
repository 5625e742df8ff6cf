package org.counterpart.core.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A party's private key and certificate, with the regional authority's certificate to trust.
 *
 * <p>Key stores are built in memory: nothing but the PEM files touches the disk.
 */
public record Credentials(PrivateKey key, X509Certificate certificate, X509Certificate authority) {

  /** Password of the in-memory key store only; it never leaves the process. */
  public static final char[] IN_MEMORY = "in-memory".toCharArray();

  public static Credentials load(Path certFile, Path keyFile, Path caFile) throws IOException {
    return new Credentials(
        Pem.readPrivateKey(keyFile), Pem.readCertificate(certFile), Pem.readCertificate(caFile));
  }

  public Party party() {
    return partyOf(certificate)
        .orElseThrow(() -> new IllegalStateException("certificate names no party"));
  }

  public KeyStore keyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("party", key, IN_MEMORY, new Certificate[] {certificate, authority});
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the key store", e);
    }
  }

  public KeyStore trustStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("regional-ca", authority);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the trust store", e);
    }
  }

  /** A TLS 1.3 context that presents this party's certificate and trusts only the region. */
  public SSLContext sslContext() {
    try {
      var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore(), IN_MEMORY);
      var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore());
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS context", e);
    }
  }

  /** The party a certificate names in its URI subject alternative name, if any. */
  public static Optional<Party> partyOf(X509Certificate certificate) {
    try {
      var names = certificate.getSubjectAlternativeNames();
      if (names == null) {
        return Optional.empty();
      }
      for (List<?> name : names) {
        if (Integer.valueOf(6).equals(name.get(0)) && name.get(1) instanceof String uri) {
          Optional<Party> party = Party.fromUri(uri);
          if (party.isPresent()) {
            return party;
          }
        }
      }
      return Optional.empty();
    } catch (CertificateParsingException e) {
      return Optional.empty();
    }
  }
}
