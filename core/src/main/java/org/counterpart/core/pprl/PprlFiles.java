package org.counterpart.core.pprl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The file side of linkage: clear-text CSV to {@code id,encoding} on a node, and two encoding files
 * to {@code left_id,right_id,score} anywhere (the matching side never sees clear text).
 */
public final class PprlFiles {

  private static final int CHUNK = 20_000;

  private PprlFiles() {}

  /** A file that cannot be used: where and why. */
  public static final class FileProblem extends IllegalArgumentException {
    public FileProblem(String message) {
      super(message);
    }
  }

  /** Encodes every row of {@code in} (UTF-8 CSV with a header); returns the number of rows. */
  public static long encode(Encoder encoder, Path in, Path out) throws IOException {
    // Written aside and moved into place at the end: a bad row leaves no half-written file.
    Path part = out.resolveSibling(out.getFileName() + ".part");
    try {
      long rows = encodeTo(encoder, in, part);
      Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return rows;
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static long encodeTo(Encoder encoder, Path in, Path part) throws IOException {
    Schema schema = encoder.schema();
    long rows = 0;
    try (Reader reader = open(in);
        CSVParser parser = header().parse(reader);
        BufferedWriter writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.DEFAULT.builder().get().print(writer)) {
      Map<String, Integer> columns = parser.getHeaderMap();
      requireColumn(columns, schema.id(), in);
      for (Schema.Field field : schema.fields()) {
        requireColumn(columns, field.column(), in);
      }
      printer.printRecord("id", "encoding");
      List<CSVRecord> chunk = new ArrayList<>(CHUNK);
      Set<String> ids = new HashSet<>();
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new FileProblem(
              in.getFileName()
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": "
                  + record.size()
                  + " fields, the header has "
                  + columns.size());
        }
        String id = record.get(schema.id()).strip();
        if (id.isEmpty() || !ids.add(id)) {
          throw new FileProblem(
              in.getFileName()
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": the id \""
                  + id
                  + "\" is "
                  + (id.isEmpty() ? "empty" : "repeated"));
        }
        chunk.add(record);
        if (chunk.size() == CHUNK) {
          rows += write(encoder, chunk, printer);
          chunk.clear();
        }
      }
      rows += write(encoder, chunk, printer);
    }
    return rows;
  }

  private static long write(Encoder encoder, List<CSVRecord> chunk, CSVPrinter printer)
      throws IOException {
    Schema schema = encoder.schema();
    List<String> encoded =
        chunk.parallelStream()
            .map(
                record -> {
                  List<@Nullable String> values = new ArrayList<>();
                  for (Schema.Field field : schema.fields()) {
                    values.add(record.get(field.column()));
                  }
                  return toBase64(encoder.encode(values));
                })
            .toList();
    for (int i = 0; i < chunk.size(); i++) {
      printer.printRecord(chunk.get(i).get(schema.id()).strip(), encoded.get(i));
    }
    return chunk.size();
  }

  /** Reads an {@code id,encoding} file. */
  public static List<Linkage.Encoded> read(Path file) throws IOException {
    List<Linkage.Encoded> out = new ArrayList<>();
    try (Reader reader = open(file);
        CSVParser parser = header().parse(reader)) {
      requireColumn(parser.getHeaderMap(), "id", file);
      requireColumn(parser.getHeaderMap(), "encoding", file);
      Set<String> ids = new HashSet<>();
      for (CSVRecord record : parser) {
        String id = record.get("id").strip();
        if (id.isEmpty() || !ids.add(id)) {
          throw new FileProblem(
              file.getFileName()
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": the id \""
                  + id
                  + "\" is "
                  + (id.isEmpty() ? "empty" : "repeated"));
        }
        long[] bits;
        try {
          bits = fromBase64(record.get("encoding"));
        } catch (IllegalArgumentException e) {
          throw new FileProblem(
              file.getFileName()
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": the encoding is not "
                  + Encoder.BITS
                  + " bits in base64");
        }
        out.add(new Linkage.Encoded(id, bits));
      }
    }
    return out;
  }

  /** Links two encoding files one to one and writes the links, best first. */
  public static Linkage.Result match(Path left, Path right, OptionalDouble threshold, Path out)
      throws IOException {
    var result = Linkage.link(read(left), read(right), threshold);
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.DEFAULT.builder().get().print(writer)) {
      printer.printRecord("left_id", "right_id", "score");
      for (Linkage.Link link : result.links()) {
        printer.printRecord(
            link.leftId(), link.rightId(), String.format(Locale.ROOT, "%.4f", link.score()));
      }
    }
    return result;
  }

  public static String toBase64(long[] bits) {
    ByteBuffer buffer = ByteBuffer.allocate(bits.length * 8);
    for (long word : bits) {
      buffer.putLong(word);
    }
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  public static long[] fromBase64(String text) {
    byte[] bytes = Base64.getDecoder().decode(text.strip());
    if (bytes.length != Encoder.BITS / 8) {
      throw new IllegalArgumentException("expected " + Encoder.BITS / 8 + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long[] bits = new long[Encoder.WORDS];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = buffer.getLong();
    }
    return bits;
  }

  /** UTF-8, without the byte-order mark that spreadsheet programs put first. */
  private static Reader open(Path file) throws IOException {
    var reader = new java.io.PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  private static CSVFormat header() {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .get();
  }

  private static void requireColumn(Map<String, Integer> columns, String name, Path file) {
    if (!columns.containsKey(name)) {
      throw new FileProblem(
          file.getFileName() + ": no column \"" + name + "\" in the header " + columns.keySet());
    }
  }
}
