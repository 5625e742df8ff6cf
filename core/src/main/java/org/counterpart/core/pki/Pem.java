package org.counterpart.core.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Reads and writes keys and certificates as PEM files; private keys are written owner-only. */
public final class Pem {

  private Pem() {}

  static void writeCertificate(Path file, X509Certificate cert) throws IOException {
    Files.writeString(file, toPem(cert), StandardCharsets.US_ASCII);
  }

  static void writePrivateKey(Path file, PrivateKey key) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(
        file,
        toPem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null).generate()),
        StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** A certificate as PEM text. */
  public static String certificate(X509Certificate cert) {
    try {
      return toPem(cert);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A certificate from PEM text. */
  public static X509Certificate parseCertificate(String pem) throws IOException {
    try (var parser = new PEMParser(new java.io.StringReader(pem))) {
      Object object = parser.readObject();
      if (object instanceof X509CertificateHolder holder) {
        return new JcaX509CertificateConverter().getCertificate(holder);
      }
      throw new IOException("the text holds no certificate");
    } catch (CertificateException e) {
      throw new IOException("the certificate is unreadable", e);
    }
  }

  static X509Certificate readCertificate(Path file) throws IOException {
    try (var parser = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
      Object object = parser.readObject();
      if (object instanceof X509CertificateHolder holder) {
        return new JcaX509CertificateConverter().getCertificate(holder);
      }
      throw new IOException(file + " holds no certificate");
    } catch (CertificateException e) {
      throw new IOException(file + " holds an unreadable certificate", e);
    }
  }

  static PrivateKey readPrivateKey(Path file) throws IOException {
    try (var parser = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
      Object object = parser.readObject();
      if (object instanceof PrivateKeyInfo info) {
        return new JcaPEMKeyConverter().getPrivateKey(info);
      }
      throw new IOException(file + " holds no PKCS#8 private key");
    }
  }

  private static String toPem(Object object) throws IOException {
    var out = new StringWriter();
    try (var writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }
}
