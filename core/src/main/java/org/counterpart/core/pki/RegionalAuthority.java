package org.counterpart.core.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The regional certificate authority that a demo or a small deployment creates for itself: it
 * issues one certificate per node and one for the hub, each naming its party.
 *
 * <p>A production region would keep this key offline or use its own PKI; the nodes and the hub only
 * ever need the authority's certificate and their own key pair.
 */
public final class RegionalAuthority {

  private static final Duration CA_VALIDITY = Duration.ofDays(3650);
  private static final Duration PARTY_VALIDITY = Duration.ofDays(825);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PrivateKey key;
  private final X509Certificate certificate;

  private RegionalAuthority(PrivateKey key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
  }

  /** Loads the authority kept in {@code dir}, creating it there on first use. */
  public static RegionalAuthority openOrCreate(Path dir, String regionName) throws IOException {
    Path certFile = dir.resolve("ca.crt");
    Path keyFile = dir.resolve("ca.key");
    if (Files.exists(certFile) && Files.exists(keyFile)) {
      return new RegionalAuthority(Pem.readPrivateKey(keyFile), Pem.readCertificate(certFile));
    }
    try {
      KeyPair pair = newKeyPair();
      X500Name name = new X500Name("CN=" + regionName + " regional CA,O=Counterpart");
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              serial(),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(CA_VALIDITY)),
              name,
              pair.getPublic());
      var ext = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
      X509Certificate cert = sign(builder, pair.getPrivate());
      Files.createDirectories(dir);
      Pem.writePrivateKey(keyFile, pair.getPrivate());
      Pem.writeCertificate(certFile, cert);
      return new RegionalAuthority(pair.getPrivate(), cert);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create the regional certificate authority", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * Returns the credentials of {@code party} kept in {@code dir}, issuing them on first use. The
   * certificate serves both TLS ends and names the party, localhost and 127.0.0.1.
   */
  public Credentials credentialsFor(Party party, Path dir) throws IOException {
    String base = party instanceof Party.Node n ? "node-" + n.country() : "hub";
    Path certFile = dir.resolve(base + ".crt");
    Path keyFile = dir.resolve(base + ".key");
    Path caFile = dir.resolve("ca.crt");
    if (!Files.exists(certFile) || !Files.exists(keyFile)) {
      Files.createDirectories(dir);
      KeyPair pair;
      X509Certificate cert;
      try {
        pair = newKeyPair();
        cert = issue(party, pair);
      } catch (GeneralSecurityException | OperatorCreationException e) {
        throw new IllegalStateException("cannot issue a certificate for " + party, e);
      }
      Pem.writePrivateKey(keyFile, pair.getPrivate());
      Pem.writeCertificate(certFile, cert);
    }
    if (!Files.exists(caFile)) {
      Pem.writeCertificate(caFile, certificate);
    }
    return Credentials.load(certFile, keyFile, caFile);
  }

  /** Issues a certificate without keeping it: for tests that need a second, differing key. */
  public Credentials issueEphemeral(Party party) {
    try {
      KeyPair pair = newKeyPair();
      return new Credentials(pair.getPrivate(), issue(party, pair), certificate);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot issue a certificate for " + party, e);
    }
  }

  private X509Certificate issue(Party party, KeyPair pair)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            certificate,
            serial(),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(PARTY_VALIDITY)),
            new X500Name("CN=" + party + ",O=Counterpart"),
            pair.getPublic());
    var ext = new JcaX509ExtensionUtils();
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    // Signing (TLS, requests, sealed messages) and key agreement (messages sealed for this party).
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
    builder.addExtension(
        Extension.extendedKeyUsage,
        false,
        new ExtendedKeyUsage(
            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.uniformResourceIdentifier, party.uri()),
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            }));
    builder.addExtension(
        Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
    return sign(builder, key);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
      throws OperatorCreationException, GeneralSecurityException {
    var contentSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(signer);
    return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
  }

  static KeyPair newKeyPair() throws GeneralSecurityException {
    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).add(BigInteger.ONE);
  }
}
