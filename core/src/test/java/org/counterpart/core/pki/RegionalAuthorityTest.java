package org.counterpart.core.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionalAuthorityTest {

  @TempDir Path dir;

  @Test
  void issuesCertificatesThatNameTheirPartyAndChainToTheAuthority() throws Exception {
    var authority = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Test region");
    Credentials rs = authority.credentialsFor(Party.node("rs"), dir);
    assertThat(rs.party()).isEqualTo(new Party.Node("RS"));
    rs.certificate().verify(authority.certificate().getPublicKey());
    assertThat(Credentials.partyOf(authority.credentialsFor(Party.hub(), dir).certificate()))
        .contains(Party.hub());
  }

  @Test
  void keepsItsKeysAndReusesThemOnTheNextRun() throws Exception {
    var first = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Test region");
    Credentials issued = first.credentialsFor(Party.node("BA"), dir);
    var second = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Test region");
    assertThat(second.certificate()).isEqualTo(first.certificate());
    assertThat(second.credentialsFor(Party.node("BA"), dir).certificate())
        .isEqualTo(issued.certificate());
    assertThat(Files.getPosixFilePermissions(dir.resolve("node-BA.key")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void signatureBindsPartyMethodPathAndBody() throws Exception {
    var authority = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Test region");
    Credentials rs = authority.issueEphemeral(Party.node("RS"));
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    var headers =
        SignedRequest.sign(rs.party(), rs.key(), "POST", "/federation/v1/x", body, Instant.now());
    var key = rs.certificate().getPublicKey();
    assertThat(SignedRequest.verify(key, headers, "POST", "/federation/v1/x", body)).isTrue();
    assertThat(SignedRequest.verify(key, headers, "POST", "/federation/v1/y", body)).isFalse();
    assertThat(
            SignedRequest.verify(
                key,
                headers,
                "POST",
                "/federation/v1/x",
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    var claimingOther =
        new SignedRequest.Headers(
            new Party.Node("BA").uri(), headers.timestamp(), headers.nonce(), headers.signature());
    assertThat(SignedRequest.verify(key, claimingOther, "POST", "/federation/v1/x", body))
        .isFalse();
  }

  @Test
  void anotherPartysKeyDoesNotVerify() throws Exception {
    var authority = RegionalAuthority.openOrCreate(dir.resolve("ca"), "Test region");
    Credentials rs = authority.issueEphemeral(Party.node("RS"));
    Credentials ba = authority.issueEphemeral(Party.node("BA"));
    byte[] body = new byte[0];
    var headers = SignedRequest.sign(rs.party(), rs.key(), "POST", "/p", body, Instant.now());
    assertThat(SignedRequest.verify(ba.certificate().getPublicKey(), headers, "POST", "/p", body))
        .isFalse();
  }

  @Test
  void partyNamesAreValidated() {
    assertThat(Party.fromUri("urn:counterpart:node:RS")).contains(new Party.Node("RS"));
    assertThat(Party.fromUri("urn:counterpart:node:RSX")).isEmpty();
    assertThat(Party.fromUri("urn:other:hub")).isEmpty();
  }
}
