package org.counterpart.core.pprl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which columns of a CSV file make up a person, and of what kind. Both parties to a linkage use the
 * same schema and the same secret.
 *
 * <pre>{"id": "rec_id", "fields": [{"column": "given_name", "kind": "given-name"},
 *   {"column": "date_of_birth", "kind": "date", "format": "yyyyMMdd"}, ...]}</pre>
 *
 * <p>Optional per field: {@code "format"} (dates, default {@code yyyyMMdd}; also tried: ISO, {@code
 * dd.MM.yyyy}, {@code d/M/yyyy}), {@code "region"} (phones without a country code, default RS),
 * {@code "weight"} (bits set per feature, 1 to 60, default by kind).
 */
public record Schema(String id, List<Field> fields) {

  /** One column. */
  public record Field(
      String column, FieldKind kind, @Nullable String format, String region, int weight) {

    /** The date format, checked. */
    public @Nullable DateTimeFormatter dateFormat() {
      return format == null ? null : DateTimeFormatter.ofPattern(format);
    }
  }

  public Schema {
    fields = List.copyOf(fields);
  }

  /** Why a schema file cannot be used: the field and the problem. */
  public static final class SchemaException extends IllegalArgumentException {
    public SchemaException(String message) {
      super(message);
    }
  }

  public static Schema read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  public static Schema parse(String json) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(json);
    } catch (JacksonException e) {
      throw new SchemaException("the schema is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new SchemaException("the schema must be a JSON object");
    }
    JsonNode id = root.get("id");
    if (id == null || !id.isString() || id.asString().isBlank()) {
      throw new SchemaException("\"id\": the name of the identifier column is missing");
    }
    JsonNode fields = root.get("fields");
    if (fields == null || !fields.isArray() || fields.isEmpty()) {
      throw new SchemaException("\"fields\": at least one field is needed");
    }
    List<Field> parsed = new ArrayList<>();
    Set<String> columns = new HashSet<>();
    int index = 0;
    for (JsonNode field : fields) {
      String where = "fields[" + index++ + "]";
      String column = text(field, "column", where);
      String kindLabel = text(field, "kind", where);
      FieldKind kind =
          FieldKind.fromLabel(kindLabel)
              .orElseThrow(
                  () ->
                      new SchemaException(
                          where
                              + ".kind: unknown kind \""
                              + kindLabel
                              + "\" (given-name, surname, full-name, date, sex, phone, document,"
                              + " plate, postcode, text)"));
      if (!columns.add(column)) {
        throw new SchemaException(where + ".column: \"" + column + "\" appears twice");
      }
      String format = optionalText(field, "format");
      if (kind == FieldKind.DATE) {
        format = format == null ? "yyyyMMdd" : format;
        try {
          DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
          throw new SchemaException(where + ".format: not a date pattern: " + format);
        }
      }
      String region = optionalText(field, "region");
      int weight = Encoder.defaultWeight(kind);
      JsonNode w = field.get("weight");
      if (w != null) {
        if (!w.isInt() || w.asInt() < 1 || w.asInt() > 60) {
          throw new SchemaException(where + ".weight: a whole number from 1 to 60");
        }
        weight = w.asInt();
      }
      parsed.add(new Field(column, kind, format, region == null ? "RS" : region, weight));
    }
    return new Schema(id.asString(), parsed);
  }

  private static String text(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new SchemaException(where + "." + name + ": missing");
    }
    return value.asString();
  }

  private static @Nullable String optionalText(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || !value.isString() || value.asString().isBlank()
        ? null
        : value.asString();
  }
}
