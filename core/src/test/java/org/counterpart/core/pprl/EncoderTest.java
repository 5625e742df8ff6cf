package org.counterpart.core.pprl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncoderTest {

  static final byte[] SECRET = "region-shared-secret-0001".getBytes(StandardCharsets.UTF_8);
  static final Encoder ENCODER = new Encoder(Evaluation.SCHEMA, SECRET);

  static long[] encode(String given, String surname, String date) {
    return ENCODER.encode(Arrays.asList(given, surname, date, "M", null, null));
  }

  @Test
  void theSameRecordAndSecretGiveTheSameBitsInEveryRunAndJvm() {
    long[] bits = encode("Đorđe", "Petrović", "1988-04-12");
    assertThat(
            new Encoder(Evaluation.SCHEMA, SECRET)
                .encode(Arrays.asList("Đorđe", "Petrović", "1988-04-12", "M", null, null)))
        .isEqualTo(bits);
    // A fixed value: any change to normalisation, features or hashing changes it, and would
    // make encodings made before the change unlinkable with those made after.
    assertThat(PprlFiles.toBase64(bits)).isEqualTo(GOLDEN);
  }

  static final String GOLDEN =
      "IQAIAAASI4AyoAAAAARDEAWCBAAoACADACRIgAAXEQASCACCAMkACQKBAAgMiGAEAhABBggAAABNAAAAQAAAIEAAAAAIAJANCCUAQJAMAAABBMEEABDACQQABWEkAAYo4ABBQUALKAEBRARQBAJAIpARgBABBBAQCCRAAQDAQCA=";

  @Test
  void anotherSecretGivesUnrelatedBits() {
    long[] bits = encode("Đorđe", "Petrović", "1988-04-12");
    var other = new Encoder(Evaluation.SCHEMA, "another-region-secret-02".getBytes());
    long[] elsewhere =
        other.encode(Arrays.asList("Đorđe", "Petrović", "1988-04-12", "M", null, null));
    assertThat(Encoder.dice(bits, elsewhere)).isLessThan(0.6);
  }

  @Test
  void scriptsSpellingsAndSwapsOfOneNameStayClose() {
    long[] latin = encode("Đorđe", "Petrović", "1988-04-12");
    assertThat(Encoder.dice(latin, encode("Ђорђе", "Петровић", "1988-04-12")))
        .as("Serbian Cyrillic")
        .isEqualTo(1.0);
    assertThat(Encoder.dice(latin, encode("DJORDJE", "PETROVIC", "1988-04-12")))
        .as("passport ASCII")
        .isGreaterThan(0.9);
    assertThat(Encoder.dice(latin, encode("Dorde", "Petrovic", "1988-04-12")))
        .as("Đ written D")
        .isGreaterThan(0.8);
    assertThat(Encoder.dice(latin, encode("Petrović", "Đorđe", "1988-04-12")))
        .as("given name and surname swapped")
        .isGreaterThan(0.8);
    assertThat(Encoder.dice(latin, encode("Đorđe", "Petrović", "1988-12-04")))
        .as("day and month swapped")
        .isGreaterThan(0.8);
    assertThat(Encoder.dice(latin, encode("Ѓорѓе", "Петровиќ", "1988-04-12")))
        .as("Macedonian Cyrillic")
        .isGreaterThan(0.75);
    assertThat(Encoder.dice(latin, encode("Marko", "Jovanović", "1971-09-30")))
        .as("someone else")
        .isLessThan(0.5);
  }

  @Test
  void featuresFollowTheKindOfTheField() {
    var date = new Schema.Field("d", FieldKind.DATE, "yyyyMMdd", "RS", 5);
    assertThat(Encoder.features(date, "19880412")).contains("y:1988", "md:4-12", "dm:4|12");
    assertThat(Encoder.features(date, "19881204")).contains("dm:4|12");
    var phone = new Schema.Field("p", FieldKind.PHONE, null, "RS", 5);
    assertThat(Encoder.features(phone, "064 111 2233"))
        .isEqualTo(Encoder.features(phone, "+381641112233"));
    var plate = new Schema.Field("v", FieldKind.PLATE, null, "RS", 5);
    assertThat(Encoder.features(plate, "БГ 123-АБ")).contains("c:bg123ab");
    var sex = new Schema.Field("s", FieldKind.SEX, null, "RS", 5);
    assertThat(Encoder.features(sex, "Ž")).isEqualTo(Encoder.features(sex, "female"));
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new Encoder(Evaluation.SCHEMA, new byte[8]))
        .hasMessageContaining("16 bytes");
  }

  @Test
  void smallFilesGetAConservativeThresholdWhenNoneIsGiven() {
    var a = new Linkage.Encoded("a1", encode("Ana", "Kovačević", "1990-01-02"));
    var b = new Linkage.Encoded("b1", encode("Ana", "Kovacs", "1991-05-02"));
    var result = Linkage.link(List.of(a), List.of(b), java.util.OptionalDouble.empty());
    assertThat(result.threshold()).isEqualTo(0.85);
    assertThat(result.links()).isEmpty();
  }

  @Test
  void linkageIsOneToOneBestFirst() {
    var a = new Linkage.Encoded("a1", encode("Ana", "Kovačević", "1990-01-02"));
    var a2 = new Linkage.Encoded("a2", encode("Ana", "Kovačević", "1990-01-03"));
    var b1 = new Linkage.Encoded("b1", encode("Ana", "Kovacevic", "1990-01-03"));
    var b2 = new Linkage.Encoded("b2", encode("Ana", "Kovačević", "1990-01-02"));
    var result = Linkage.link(List.of(a, a2), List.of(b1, b2), java.util.OptionalDouble.of(0.5));
    // Both left records are close to both right ones; each is linked once, to its best.
    assertThat(result.links())
        .extracting(l -> l.leftId() + "-" + l.rightId())
        .containsExactly("a1-b2", "a2-b1");
  }
}
