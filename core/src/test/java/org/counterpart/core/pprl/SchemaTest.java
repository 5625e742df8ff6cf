package org.counterpart.core.pprl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  void theIssuesSchemaIsRead() {
    var schema =
        Schema.parse(
            """
            {"id": "rec_id", "fields": [{"column": "given_name", "kind": "given-name"},
             {"column": "surname", "kind": "surname"},
             {"column": "date_of_birth", "kind": "date", "format": "yyyyMMdd"},
             {"column": "address_1", "kind": "text"}]}
            """);
    assertThat(schema.id()).isEqualTo("rec_id");
    assertThat(schema.fields())
        .extracting(Schema.Field::kind)
        .containsExactly(FieldKind.GIVEN_NAME, FieldKind.SURNAME, FieldKind.DATE, FieldKind.TEXT);
  }

  @Test
  void problemsNameTheFieldAndWhatIsWrong() {
    assertThatThrownBy(() -> Schema.parse("{\"fields\": []}")).hasMessageStartingWith("\"id\"");
    assertThatThrownBy(
            () ->
                Schema.parse(
                    "{\"id\": \"x\", \"fields\": [{\"column\": \"a\", \"kind\": \"iris\"}]}"))
        .hasMessageContaining("fields[0].kind")
        .hasMessageContaining("iris");
    assertThatThrownBy(
            () ->
                Schema.parse(
                    "{\"id\": \"x\", \"fields\": [{\"column\": \"a\", \"kind\": \"date\","
                        + " \"format\": \"qqqqqqZZ%\"}]}"))
        .hasMessageContaining("fields[0].format");
    assertThatThrownBy(
            () ->
                Schema.parse(
                    "{\"id\": \"x\", \"fields\": [{\"column\": \"a\", \"kind\": \"text\","
                        + " \"weight\": 0}]}"))
        .hasMessageContaining("fields[0].weight");
    assertThatThrownBy(() -> Schema.parse("not json")).hasMessageContaining("not valid JSON");
  }
}
