package org.counterpart.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.RegionalAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed messages: only the recipient reads them, only a certified sender makes them. */
class SealTest {

  @TempDir static Path dir;
  static RegionalAuthority region;
  static Credentials rs;
  static Credentials ba;
  static Credentials me;
  static Credentials hub;

  static final byte[] CONTENT =
      "Request: is Đorđe Petrović (born 1988) known to you? Handling H2."
          .getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void region() throws Exception {
    region = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Test region");
    rs = region.issueEphemeral(Party.node("RS"));
    ba = region.issueEphemeral(Party.node("BA"));
    me = region.issueEphemeral(Party.node("ME"));
    hub = region.issueEphemeral(Party.hub());
  }

  @Test
  void theRecipientOpensWhatTheSenderSealed() throws Exception {
    byte[] sealed = Seal.seal(CONTENT, rs, ba.certificate());
    assertThat(Seal.open(sealed, ba, Party.node("RS"))).isEqualTo(CONTENT);
  }

  @Test
  void partiesSealCheckAndOpenOnManyThreadsAtOnce() throws Exception {
    // What is prepared once per party (keys, certificates, signature checks) is shared by the
    // threads of a node and of the hub: every message must still come out as it went in.
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        byte[] content = ("message " + i).getBytes(StandardCharsets.UTF_8);
        boolean fromRs = i % 2 == 0;
        results.add(
            pool.submit(
                () -> {
                  Credentials from = fromRs ? rs : ba;
                  Credentials to = fromRs ? ba : rs;
                  byte[] sealed = Seal.seal(content, from, to.certificate());
                  Party sender = fromRs ? Party.node("RS") : Party.node("BA");
                  Seal.verify(sealed, hub.authority(), sender);
                  return Arrays.equals(Seal.open(sealed, to, sender), content);
                }));
      }
      for (var result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMessageSealedWithIndefiniteLengthsAsBeforeStillOpens() throws Exception {
    // Nodes of the previous version wrote BER with indefinite lengths, inside and out; messages
    // they sealed may still be on the hub when the recipient is upgraded.
    assertThat(Seal.seal(CONTENT, rs, ba.certificate())[1])
        .as("this version writes definite lengths")
        .isNotEqualTo((byte) 0x80);
    var keys = java.security.KeyPairGenerator.getInstance("EC");
    keys.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    var ephemeral = keys.generateKeyPair();
    var enveloped = new org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator();
    enveloped.addRecipientInfoGenerator(
        new org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator(
                org.bouncycastle.cms.CMSAlgorithm.ECDH_SHA256KDF,
                ephemeral.getPrivate(),
                ephemeral.getPublic(),
                org.bouncycastle.cms.CMSAlgorithm.AES256_WRAP)
            .addRecipient(ba.certificate())
            .setProvider(org.counterpart.core.pki.BcKeys.PROVIDER));
    byte[] inner =
        enveloped
            .generate(
                new org.bouncycastle.cms.CMSProcessableByteArray(CONTENT),
                (org.bouncycastle.operator.OutputAEADEncryptor)
                    new org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder(
                            org.bouncycastle.cms.CMSAlgorithm.AES256_GCM)
                        .setProvider(org.counterpart.core.pki.BcKeys.PROVIDER)
                        .build())
            .getEncoded();
    var signed = new org.bouncycastle.cms.CMSSignedDataGenerator();
    signed.addSignerInfoGenerator(
        new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build())
            .build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                    .build(rs.key()),
                rs.certificate()));
    signed.addCertificates(
        new org.bouncycastle.cert.jcajce.JcaCertStore(List.of(rs.certificate())));
    byte[] ber =
        signed.generate(new org.bouncycastle.cms.CMSProcessableByteArray(inner), true).getEncoded();
    assertThat(inner[1]).as("an indefinite length inside").isEqualTo((byte) 0x80);
    assertThat(ber[1]).as("an indefinite length outside").isEqualTo((byte) 0x80);
    assertThat(Seal.open(ber, ba, Party.node("RS"))).isEqualTo(CONTENT);
  }

  @Test
  void aSenderCertificateWithAnotherKeyDoesNotSignWithTheKeyPreparedForIt() throws Exception {
    // RS's certificate and key are prepared once ...
    assertThat(Seal.open(Seal.seal(CONTENT, rs, ba.certificate()), ba, Party.node("RS")))
        .isEqualTo(CONTENT);
    // ... which must not lend RS's key to someone holding only RS's certificate.
    var impostor = new Credentials(me.key(), rs.certificate(), rs.authority());
    byte[] sealed = Seal.seal(CONTENT, impostor, ba.certificate());
    assertThatThrownBy(() -> Seal.open(sealed, ba, Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.BAD_SIGNATURE));
  }

  @Test
  void theSealedBytesHoldNoReadableContent() {
    byte[] sealed = Seal.seal(CONTENT, rs, ba.certificate());
    String asText = new String(sealed, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("Petrovi", "Handling", "Request: is");
    // Two seals of the same content differ: fresh keys and nonces.
    assertThat(Seal.seal(CONTENT, rs, ba.certificate())).isNotEqualTo(sealed);
  }

  @Test
  void neitherTheHubNorAThirdCountryCanOpenIt() {
    byte[] sealed = Seal.seal(CONTENT, rs, ba.certificate());
    assertThatThrownBy(() -> Seal.open(sealed, hub, Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.NOT_FOR_US));
    assertThatThrownBy(() -> Seal.open(sealed, me, Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.NOT_FOR_US));
  }

  @Test
  void aMessageFromAnotherSenderThanExpectedIsRefused() {
    byte[] sealed = Seal.seal(CONTENT, me, ba.certificate());
    assertThatThrownBy(() -> Seal.open(sealed, ba, Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.WRONG_SENDER));
  }

  @Test
  void aForgedSignerFromAnotherAuthorityIsRefused() throws Exception {
    var forger = RegionalAuthority.openOrCreate(dir.resolve("forger"), "Forged region");
    Credentials fakeRs = forger.issueEphemeral(Party.node("RS"));
    byte[] sealed = Seal.seal(CONTENT, fakeRs, ba.certificate());
    assertThatThrownBy(() -> Seal.open(sealed, ba, Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.UNTRUSTED_SIGNER));
  }

  @Test
  void aSignerTrustedUnderOneAuthorityIsNotTrustedUnderAnother() throws Exception {
    byte[] sealed = Seal.seal(CONTENT, rs, ba.certificate());
    // The first check remembers RS's certificate as issued by the region's authority ...
    assertThat(Seal.open(sealed, ba, Party.node("RS"))).isEqualTo(CONTENT);
    // ... which says nothing about another authority's region.
    var other = RegionalAuthority.openOrCreate(dir.resolve("other"), "Other region");
    assertThatThrownBy(() -> Seal.verify(sealed, other.certificate(), Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.UNTRUSTED_SIGNER));
  }

  @Test
  void aTamperedMessageIsRefusedBeforeDecryption() {
    byte[] sealed = Seal.seal(CONTENT, rs, ba.certificate());
    byte[] tampered = sealed.clone();
    tampered[tampered.length / 2] ^= 0x01;
    assertThatThrownBy(() -> Seal.open(tampered, ba, Party.node("RS")))
        .isInstanceOf(SealException.class)
        .satisfies(
            e ->
                assertThat(((SealException) e).reason())
                    .isIn(
                        SealException.Reason.BAD_SIGNATURE,
                        SealException.Reason.MALFORMED,
                        SealException.Reason.UNTRUSTED_SIGNER));
    assertThatThrownBy(() -> Seal.open(new byte[] {1, 2, 3}, ba, Party.node("RS")))
        .isInstanceOfSatisfying(
            SealException.class,
            e -> assertThat(e.reason()).isEqualTo(SealException.Reason.MALFORMED));
  }
}
