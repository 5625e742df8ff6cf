package org.counterpart.core.exchange;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;
import org.bouncycastle.util.Store;
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
      var keys = EPHEMERAL.get().generateKeyPair();
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
      // DER throughout, one encoding with definite lengths, rather than the indefinite lengths
      // Bouncy Castle writes by default; a reader takes both, as CMS allows.
      byte[] ciphertext =
          enveloped
              .generate(new CMSProcessableByteArray(content), encryptor)
              .toASN1Structure()
              .getEncoded(ASN1Encoding.DER);

      Signing signing = signing(sender);
      var signed = new CMSSignedDataGenerator();
      signed.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(DIGESTS)
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA")
                      .setProvider(BC)
                      .setSecureRandom(RANDOM)
                      .build(signing.key()),
                  signing.holder()));
      signed.addCertificates(signing.chain());
      return signed
          .generate(new CMSProcessableByteArray(ciphertext), true)
          .getEncoded(ASN1Encoding.DER);
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
      Opening opening = opening(recipient);
      RecipientInformation mine = enveloped.getRecipientInfos().get(opening.id());
      if (mine == null) {
        throw new SealException(SealException.Reason.NOT_FOR_US, "the message is not for us");
      }
      return mine.getContent(new JceKeyAgreeEnvelopedRecipient(opening.key()).setProvider(BC));
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
      if (!signer.verify(trusted.verifier())) {
        throw new SealException(
            SealException.Reason.BAD_SIGNATURE, "the signature does not verify");
      }
    } catch (CMSException e) {
      throw new SealException(
          SealException.Reason.BAD_SIGNATURE, "the signature does not verify", e);
    }
    return (byte[]) data.getSignedContent().getContent();
  }

  /**
   * A signer's certificate already checked against an authority, with the check of its signatures
   * built once (on its key in Bouncy Castle's form, see {@link BcKeys}) rather than for every
   * message.
   */
  private record Signer(
      X509Certificate certificate, SignerInformationVerifier verifier, Optional<Party> party) {}

  /** Our certificate and key in the forms signing needs. */
  private record Signing(
      PrivateKey original,
      PrivateKey key,
      X509CertificateHolder holder,
      Store<X509CertificateHolder> chain) {}

  /** Our certificate and key in the forms opening needs. */
  private record Opening(PrivateKey original, RecipientId id, PrivateKey key) {}

  /** The bound of each cache below: a region has a few dozen parties. */
  private static final int MAX_CACHED = 1024;

  /**
   * Signers whose certificates were checked, by authority and certificate encoding. The authority's
   * signature is checked once per certificate, the validity dates every time.
   */
  private static final Map<List<Object>, Signer> TRUSTED = new ConcurrentHashMap<>();

  private static final Map<X509Certificate, Signing> SIGNING = new ConcurrentHashMap<>();
  private static final Map<X509Certificate, Opening> OPENING = new ConcurrentHashMap<>();

  private static final DigestCalculatorProvider DIGESTS;

  static {
    try {
      DIGESTS = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
    } catch (OperatorCreationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * A P-256 key pair generator per thread, initialized once: the pooled threads that seal (senders,
   * the outbox) skip the curve lookup; a short-lived thread pays it once, as before.
   */
  private static final ThreadLocal<KeyPairGenerator> EPHEMERAL =
      ThreadLocal.withInitial(
          () -> {
            try {
              var generator = KeyPairGenerator.getInstance("EC", BC);
              generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
              return generator;
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("no P-256 key pair generator", e);
            }
          });

  private static <K, V> V remember(Map<K, V> cache, K key, V value) {
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, value);
    return value;
  }

  private static Signing signing(Credentials sender)
      throws GeneralSecurityException, java.io.IOException {
    Signing known = SIGNING.get(sender.certificate());
    if (known != null && known.original() == sender.key()) {
      return known;
    }
    var holder = new X509CertificateHolder(sender.certificate().getEncoded());
    return remember(
        SIGNING,
        sender.certificate(),
        new Signing(
            sender.key(), BcKeys.of(sender.key()), holder, new CollectionStore<>(List.of(holder))));
  }

  private static Opening opening(Credentials recipient) throws GeneralSecurityException {
    Opening known = OPENING.get(recipient.certificate());
    if (known != null && known.original() == recipient.key()) {
      return known;
    }
    return remember(
        OPENING,
        recipient.certificate(),
        new Opening(
            recipient.key(),
            new JceKeyAgreeRecipientId(recipient.certificate()),
            BcKeys.of(recipient.key())));
  }

  private static Signer trust(X509CertificateHolder holder, X509Certificate authority)
      throws GeneralSecurityException, java.io.IOException {
    // Keyed by the certificate's DER form, so that re-encodings of one certificate share an entry.
    List<Object> id =
        List.of(authority, ByteBuffer.wrap(holder.toASN1Structure().getEncoded(ASN1Encoding.DER)));
    Signer known = TRUSTED.get(id);
    if (known != null) {
      return known;
    }
    X509Certificate certificate =
        new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
    certificate.verify(BcKeys.of(authority.getPublicKey()), BC);
    SignerInformationVerifier verifier;
    try {
      verifier =
          new JcaSimpleSignerInfoVerifierBuilder()
              .setProvider(BC)
              .build(BcKeys.of(certificate.getPublicKey()));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot check signatures with this key", e);
    }
    return remember(
        TRUSTED, id, new Signer(certificate, verifier, Credentials.partyOf(certificate)));
  }
}
