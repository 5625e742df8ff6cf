package org.counterpart.core.exchange;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.counterpart.core.pki.BcKeys;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;

/**
 * Seals content for one recipient and opens what was sealed for us.
 *
 * <p>Sealing encrypts first, for the recipient's certificate (a fresh ephemeral P-256 key agreed
 * with the recipient's static key, AES-256-GCM content encryption), then signs the ciphertext with
 * the sender's key and embeds the sender's certificate. Opening therefore checks the signature
 * before it touches the ciphertext: the signer's certificate must be issued by the regional
 * authority, be valid, and name the expected sender.
 */
public final class Seal {

  private static final java.security.Provider BC = BcKeys.PROVIDER;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Seal() {}

  /** Encrypts {@code content} for {@code recipient} and signs it as {@code sender}. */
  public static byte[] seal(byte[] content, Credentials sender, X509Certificate recipient) {
    try {
      var ephemeral = KeyPairGenerator.getInstance("EC", BC);
      ephemeral.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      var keys = ephemeral.generateKeyPair();
      var enveloped = new CMSAuthEnvelopedDataGenerator();
      enveloped.addRecipientInfoGenerator(
          new JceKeyAgreeRecipientInfoGenerator(
                  CMSAlgorithm.ECDH_SHA256KDF,
                  keys.getPrivate(),
                  keys.getPublic(),
                  CMSAlgorithm.AES256_WRAP)
              .addRecipient(recipient)
              .setProvider(BC));
      OutputAEADEncryptor encryptor =
          (OutputAEADEncryptor)
              new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                  .setProvider(BC)
                  .setSecureRandom(RANDOM)
                  .build();
      byte[] ciphertext =
          enveloped.generate(new CMSProcessableByteArray(content), encryptor).getEncoded();

      var signed = new CMSSignedDataGenerator();
      signed.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(
                  new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA")
                      .setProvider(BC)
                      .build(BcKeys.of(sender.key())),
                  sender.certificate()));
      signed.addCertificates(new JcaCertStore(java.util.List.of(sender.certificate())));
      return signed.generate(new CMSProcessableByteArray(ciphertext), true).getEncoded();
    } catch (GeneralSecurityException | CMSException | OperatorCreationException e) {
      throw new IllegalStateException("cannot seal a message", e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Verifies that {@code expectedSender} signed the message under the regional authority, then
   * decrypts it with our key.
   */
  public static byte[] open(byte[] sealed, Credentials recipient, Party expectedSender)
      throws SealException {
    byte[] ciphertext = verify(sealed, recipient.authority(), expectedSender);
    try {
      var enveloped = new CMSAuthEnvelopedData(ciphertext);
      RecipientInformation mine =
          enveloped.getRecipientInfos().get(new JceKeyAgreeRecipientId(recipient.certificate()));
      if (mine == null) {
        throw new SealException(SealException.Reason.NOT_FOR_US, "the message is not for us");
      }
      return mine.getContent(
          new JceKeyAgreeEnvelopedRecipient(BcKeys.of(recipient.key())).setProvider(BC));
    } catch (CMSException | GeneralSecurityException | RuntimeException e) {
      throw new SealException(SealException.Reason.CANNOT_DECRYPT, "cannot decrypt the message", e);
    }
  }

  /**
   * Checks that {@code expectedSender} signed the message under the regional authority, without
   * decrypting it (what the hub can do); returns the signed ciphertext.
   */
  public static byte[] verify(byte[] sealed, X509Certificate authority, Party expectedSender)
      throws SealException {
    CMSSignedData data;
    try {
      data = new CMSSignedData(sealed);
    } catch (CMSException | RuntimeException e) {
      throw new SealException(SealException.Reason.MALFORMED, "not a CMS signed message", e);
    }
    Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw new SealException(SealException.Reason.MALFORMED, "expected exactly one signer");
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
    if (matches.isEmpty()) {
      throw new SealException(
          SealException.Reason.UNTRUSTED_SIGNER, "no certificate for the signer");
    }
    Signer trusted;
    try {
      trusted = trust(matches.iterator().next(), authority);
      trusted.certificate().checkValidity(new Date());
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new SealException(
          SealException.Reason.UNTRUSTED_SIGNER,
          "the signer's certificate is not from the regional authority or has expired",
          e);
    }
    Party signedBy =
        trusted
            .party()
            .orElseThrow(
                () ->
                    new SealException(
                        SealException.Reason.UNTRUSTED_SIGNER,
                        "the signer's certificate names no party"));
    if (!signedBy.equals(expectedSender)) {
      throw new SealException(
          SealException.Reason.WRONG_SENDER,
          "signed by " + signedBy + ", expected " + expectedSender);
    }
    try {
      if (!signer.verify(
          new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(trusted.key()))) {
        throw new SealException(
            SealException.Reason.BAD_SIGNATURE, "the signature does not verify");
      }
    } catch (CMSException | OperatorCreationException e) {
      throw new SealException(
          SealException.Reason.BAD_SIGNATURE, "the signature does not verify", e);
    }
    return (byte[]) data.getSignedContent().getContent();
  }

  /** A signer's certificate already checked against an authority, with its key in BC's form. */
  private record Signer(X509Certificate certificate, PublicKey key, Optional<Party> party) {}

  /**
   * Signers whose certificates were checked, by authority key and certificate encoding. Keeping the
   * key object keeps the precomputed multiples of its point, which halves the cost of the next
   * signature check; the authority's signature is checked once per certificate, its validity dates
   * every time. Bounded: a region has a few dozen parties.
   */
  private static final Map<String, Signer> TRUSTED = new ConcurrentHashMap<>();

  private static Signer trust(X509CertificateHolder holder, X509Certificate authority)
      throws GeneralSecurityException, java.io.IOException {
    String id =
        Base64.getEncoder().encodeToString(authority.getPublicKey().getEncoded())
            + ':'
            + Base64.getEncoder().encodeToString(holder.getEncoded());
    Signer known = TRUSTED.get(id);
    if (known != null) {
      return known;
    }
    X509Certificate certificate =
        new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
    certificate.verify(BcKeys.of(authority.getPublicKey()), BC);
    var signer =
        new Signer(
            certificate, BcKeys.of(certificate.getPublicKey()), Credentials.partyOf(certificate));
    if (TRUSTED.size() > 1024) {
      TRUSTED.clear();
    }
    TRUSTED.put(id, signer);
    return signer;
  }
}
