package org.counterpart.analysis.ctdc;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses a CTDC file (with FastCSV) on a thread of its own, while the caller checks and
 * copies what was read before: the header first, then batches of distinct record texts, each with
 * its first line and how often it occurs among the consecutive records of its batch. CTDC's
 * k-anonymised file repeats the same rows many times; a repeat costs a lookup here and nothing
 * further on.
 */
final class CtdcBatches implements AutoCloseable {

  /** What the reading thread hands over, in file order. */
  sealed interface Item {}

  /** The header's cells. */
  record Header(String[] cells) implements Item {}

  /** Distinct records in the order first seen. */
  record Batch(List<Row> rows) implements Item {}

  /** A record's cells, the line where its text first occurs, and how often it occurs. */
  record Row(String[] cells, long line, long weight) {}

  /** The end of the file, after {@code records} data records. */
  record End(long records) implements Item {}

  /** Reading failed: the file is refused or could not be read. */
  record Failed(Throwable cause) implements Item {}

  /**
   * CTDC's dialect for FastCSV: semicolons, double quotes, any number of fields (the field count is
   * checked by {@link CtdcRows}, naming the line); text after a closing quote is an error.
   */
  private static CsvReader.CsvReaderBuilder dialect() {
    return CsvReader.builder()
        .fieldSeparator(';')
        .quoteCharacter('"')
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true);
  }

  /**
   * Parsed records handed over at a time: few enough that they are checked and dropped while young
   * (a whole batch of parsed records would fill the old generation).
   */
  private static final int ROWS_PER_HANDOVER = 1024;

  private final BlockingQueue<Item> handedOver = new ArrayBlockingQueue<>(8);
  private final Thread reader;
  private final int distinctPerBatch;

  /** Starts reading {@code file}; at most {@code distinctPerBatch} texts are held per batch. */
  CtdcBatches(Path file, int distinctPerBatch) {
    this.distinctPerBatch = distinctPerBatch;
    this.reader = Thread.ofPlatform().name("ctdc-read").daemon().start(() -> read(file));
  }

  /**
   * The next item, waiting for it: a {@link Header}, {@link Batch}es, then the {@link End}; a file
   * that could not be read throws here, a refusal ({@link CtdcFileRejected}) included.
   */
  Item next() throws IOException {
    Item item;
    try {
      item = handedOver.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the CTDC file");
    }
    if (item instanceof Failed failed) {
      switch (failed.cause()) {
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        case IOException e -> throw e;
        default -> throw new IOException("cannot read the CTDC file", failed.cause());
      }
    }
    return item;
  }

  /**
   * Stops the reading thread if it has not finished, and waits for it, even when this thread is
   * interrupted (its interrupt is kept): the file is closed when this returns.
   */
  @Override
  public void close() {
    reader.interrupt();
    boolean interrupted = false;
    while (reader.isAlive()) {
      handedOver.clear();
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void read(Path file) {
    // Bytes that are not UTF-8 are replaced, not thrown, so that the line holding them is known.
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      var records = new CtdcRecords(in);
      String header = records.next();
      if (header == null) {
        throw CtdcFileRejected.file("analysis.ctdc.error.empty");
      }
      hand(new Header(parse(header, records.startLine())));
      long count = 0;
      Map<String, long[]> batch = new LinkedHashMap<>();
      while (true) {
        String text;
        try {
          text = records.next();
        } catch (CtdcFileRejected e) {
          // A quote left open, or bytes that are not UTF-8: the records before are checked
          // first, and a wrong cell there is the first refusal.
          if (!batch.isEmpty()) {
            handParsed(batch);
          }
          throw e;
        }
        if (text == null) {
          break;
        }
        count++;
        long[] seen = batch.get(text);
        boolean full;
        if (seen != null) {
          // A weight is an integer: a text repeated that often starts a row of its own.
          full = ++seen[1] == Integer.MAX_VALUE;
        } else {
          batch.put(text, new long[] {records.startLine(), 1});
          full = batch.size() == distinctPerBatch;
        }
        if (full) {
          Map<String, long[]> parsed = batch;
          batch = new LinkedHashMap<>();
          handParsed(parsed);
        }
      }
      if (!batch.isEmpty()) {
        handParsed(batch);
      }
      hand(new End(count));
    } catch (InterruptedException e) {
      // Closed by the caller: nobody waits for the rest.
    } catch (Throwable e) {
      // Whatever ends this thread is handed over, an Error included: the caller waits for it.
      try {
        hand(new Failed(e));
      } catch (InterruptedException closed) {
        // Closed by the caller meanwhile.
      }
    }
  }

  /**
   * Parses the batch's texts with one parser, one after the other, each a whole record with its
   * quotes closed, and hands them over; a text that is not exactly one record to the parser (a
   * quote inside a cell, say) refuses the file at its first line, after the records before it are
   * handed over to be checked first.
   */
  private void handParsed(Map<String, long[]> batch) throws InterruptedException, IOException {
    List<Row> rows = new ArrayList<>(ROWS_PER_HANDOVER);
    Iterator<Map.Entry<String, long[]>> texts = batch.entrySet().iterator();
    Map.Entry<String, long[]> next = texts.next();
    long last = 0; // the line of the text last parsed
    long refused = -1; // the line of a text that is not one record
    try (CsvReader<CsvRecord> parser =
        dialect().ofCsvRecord(new Joined(batch.keySet().iterator()))) {
      long expected = 1; // the line of the joined texts where the next text starts
      for (CsvRecord record : parser) {
        if (next == null || record.getStartingLineNumber() != expected) {
          refused = last; // that text gave more than one record
          break;
        }
        last = next.getValue()[0];
        expected += 1 + lineBreaks(next.getKey());
        rows.add(new Row(record.getFields().toArray(String[]::new), last, next.getValue()[1]));
        if (rows.size() == ROWS_PER_HANDOVER) {
          hand(new Batch(rows));
          rows = new ArrayList<>(ROWS_PER_HANDOVER);
        }
        next = texts.hasNext() ? texts.next() : null;
      }
      if (refused < 0 && next != null) {
        refused = last; // that text swallowed the ones after it
      }
    } catch (CsvParseException | UncheckedIOException e) {
      // A quote followed by text, in the text being read.
      refused = next != null ? next.getValue()[0] : last;
    }
    hand(new Batch(rows));
    if (refused >= 0) {
      throw malformed(refused);
    }
  }

  private static int lineBreaks(String text) {
    int n = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }

  /** The header's text as cells. */
  private static String[] parse(String text, long line) {
    try {
      return dialect().ofSingleCsvRecord(StringArrayHandler.of(), text);
    } catch (CsvParseException | UncheckedIOException e) {
      throw malformed(line);
    }
  }

  private static CtdcFileRejected malformed(long line) {
    return new CtdcFileRejected((int) line, 0, "analysis.ctdc.error.malformed", "");
  }

  /** Texts read one after the other, each followed by a line break. */
  private static final class Joined extends Reader {
    private final Iterator<String> texts;
    private String text = "";
    private int at = 1; // past the line break of the empty text before the first

    Joined(Iterator<String> texts) {
      this.texts = texts;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int n = 0;
      while (n < length) {
        if (at > text.length()) {
          if (!texts.hasNext()) {
            break;
          }
          text = texts.next();
          at = 0;
        }
        if (at == text.length()) {
          buffer[offset + n++] = '\n';
          at++;
        } else {
          int chunk = Math.min(length - n, text.length() - at);
          text.getChars(at, at + chunk, buffer, offset + n);
          at += chunk;
          n += chunk;
        }
      }
      return n == 0 ? -1 : n;
    }

    @Override
    public void close() {}
  }

  private void hand(Item item) throws InterruptedException {
    handedOver.put(item);
  }
}
