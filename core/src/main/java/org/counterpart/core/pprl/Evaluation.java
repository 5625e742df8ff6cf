package org.counterpart.core.pprl;

import com.ibm.icu.text.Transliterator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.counterpart.core.demo.CasePerson;
import org.counterpart.core.demo.DemoDataGenerator;
import org.counterpart.core.demo.SyntheticCase;
import org.counterpart.core.demo.SyntheticPerson;
import org.counterpart.core.names.NameKeys;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation set and its scores. Persons come from the demo generator (Serbian, Bosnian,
 * Montenegrin, Macedonian, Albanian, Roma and migrants' names); file B holds a share of file A's
 * persons as another authority would have written them: in the other script, without diacritics or
 * with another romanisation, with typos, given name and surname swapped, day and month swapped, a
 * year mistyped, fields missing; plus other persons, some of whom share a name with a person of A
 * but are someone else. Encodings are linked one to one and compared with the truth, and so is a
 * clear-text baseline: Jaro-Winkler on normalised names plus the exact date of birth.
 */
public final class Evaluation {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");

  /** The schema of the evaluation files. */
  public static final Schema SCHEMA =
      Schema.parse(
          """
          {"id": "id", "fields": [
            {"column": "given_name", "kind": "given-name"},
            {"column": "surname", "kind": "surname"},
            {"column": "date_of_birth", "kind": "date", "format": "yyyy-MM-dd"},
            {"column": "sex", "kind": "sex"},
            {"column": "phone", "kind": "phone"},
            {"column": "document", "kind": "document"}]}
          """);

  /** A record of an evaluation file: the schema's columns in order. */
  public record Row(String id, List<@Nullable String> values) {}

  /** Two files and the true links between them. */
  public record Set2(List<Row> left, List<Row> right, Map<String, String> truth) {}

  /** Precision, recall and F1 of a set of links. */
  public record Score(
      int links, int correct, int truth, double precision, double recall, double f1) {
    static Score of(List<Linkage.Link> links, Map<String, String> truth) {
      int correct =
          (int) links.stream().filter(l -> l.rightId().equals(truth.get(l.leftId()))).count();
      double p = links.isEmpty() ? 1 : correct / (double) links.size();
      double r = truth.isEmpty() ? 1 : correct / (double) truth.size();
      return new Score(
          links.size(), correct, truth.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  private Evaluation() {}

  /**
   * {@code persons} persons in A; about half of them again in B, corrupted; as many others in B.
   */
  public static Set2 generate(int persons, long seed) {
    return generate(persons, seed, 0.5);
  }

  /** The same with {@code overlap} of A's persons in B (1.0: everyone has a match). */
  public static Set2 generate(int persons, long seed, double overlap) {
    Random random = new Random(seed);
    List<SyntheticPerson> pool = people(persons * 2 + persons / 5, seed);
    Names names = new Names();
    List<Row> left = new ArrayList<>();
    List<Row> right = new ArrayList<>();
    Map<String, String> truth = new LinkedHashMap<>();
    for (int i = 0; i < persons; i++) {
      SyntheticPerson p = pool.get(i);
      Row a = new Row("a" + i, clean(p));
      left.add(a);
      if (random.nextDouble() < overlap) {
        Row b = new Row("b" + right.size(), corrupt(clean(p), random, names));
        right.add(b);
        truth.put(a.id(), b.id());
      } else if (random.nextDouble() < 0.1) {
        // A namesake: the same name written the same way, another person.
        SyntheticPerson other = pool.get(persons + i);
        List<@Nullable String> values = clean(other);
        values.set(0, a.values().get(0));
        values.set(1, a.values().get(1));
        right.add(new Row("b" + right.size(), values));
      }
    }
    for (int i = persons; right.size() < persons && i < pool.size(); i++) {
      right.add(new Row("b" + right.size(), corrupt(clean(pool.get(i)), random, names)));
    }
    java.util.Collections.shuffle(right, random);
    return new Set2(left, right, truth);
  }

  /** Cases generated at once, in parallel: each depends on its index alone. */
  private static final int CASE_BATCH = 8192;

  private static List<SyntheticPerson> people(int count, long seed) {
    var generator = new DemoDataGenerator(seed);
    List<SyntheticPerson> people = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    List<String> countries = DemoDataGenerator.COUNTRIES;
    // Cases are made in parallel batches and taken in index order, as one at a time would.
    int batch = count < CASE_BATCH ? Math.max(16, count / 2) : CASE_BATCH;
    for (long from = 0; people.size() < count; from += batch) {
      List<SyntheticCase> cases =
          LongStream.range(from, from + batch)
              .parallel()
              .mapToObj(
                  index -> generator.caseAt(countries.get((int) (index % countries.size())), index))
              .toList();
      for (SyntheticCase c : cases) {
        for (CasePerson person : c.persons()) {
          var p = person.person();
          String key = p.crossBorderKey() == null ? p.id() : p.crossBorderKey();
          if (seen.add(key) && people.size() < count) {
            people.add(p);
          }
        }
      }
    }
    return people;
  }

  /**
   * The name transformations of {@link #corrupt}, remembered: names repeat, and transliteration is
   * most of the cost of a large set.
   */
  private static final class Names {
    private final Map<String, String> cyrillic = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    String cyrillic(String name) {
      return cyrillic.computeIfAbsent(name, n -> TO_CYRILLIC.transliterate(NameKeys.latin(n)));
    }

    String folded(String name) {
      return folded.computeIfAbsent(name, NameKeys::folded);
    }
  }

  private static List<@Nullable String> clean(SyntheticPerson p) {
    List<@Nullable String> values = new ArrayList<>();
    values.add(p.givenName());
    values.add(p.surname());
    values.add(p.birthDate().format(ISO));
    values.add(p.sex().name().substring(0, 1));
    values.add(p.phoneE164());
    values.add(p.documentNumber());
    return values;
  }

  private static List<@Nullable String> corrupt(
      List<@Nullable String> values, Random random, Names names) {
    List<@Nullable String> v = new ArrayList<>(values);
    double script = random.nextDouble();
    for (int i = 0; i < 2; i++) {
      String name = v.get(i);
      if (name == null) {
        continue;
      }
      if (script < 0.3) {
        name = names.cyrillic(name);
      } else if (script < 0.6) {
        name = names.folded(name);
        name = random.nextBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : name;
      }
      if (random.nextDouble() < 0.25) {
        name = typo(name, random);
      }
      v.set(i, name);
    }
    if (random.nextDouble() < 0.05) {
      String given = v.get(0);
      v.set(0, v.get(1));
      v.set(1, given);
    }
    LocalDate date = LocalDate.parse(v.get(2), ISO);
    double d = random.nextDouble();
    if (d < 0.05 && date.getDayOfMonth() <= 12) {
      date = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    } else if (d < 0.10) {
      date = date.plusYears(random.nextBoolean() ? 1 : -1);
    } else if (d < 0.15) {
      date = date.plusDays(random.nextBoolean() ? 1 : -1);
    }
    v.set(2, random.nextDouble() < 0.03 ? null : date.format(ISO));
    if (random.nextDouble() < 0.3) {
      v.set(4, null);
    }
    if (random.nextDouble() < 0.3) {
      v.set(5, null);
    }
    if (random.nextDouble() < 0.1) {
      v.set(3, null);
    }
    return v;
  }

  private static String typo(String name, Random random) {
    if (name.length() < 3) {
      return name;
    }
    int at = 1 + random.nextInt(name.length() - 2);
    return switch (random.nextInt(3)) {
      case 0 -> name.substring(0, at) + name.substring(at + 1);
      case 1 ->
          name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
      default -> name.substring(0, at) + name.charAt(at) + name.substring(at);
    };
  }

  /** Links the encodings of the set, one to one; empty threshold: chosen automatically. */
  public static Linkage.Result encoded(Set2 set, byte[] secret, OptionalDouble threshold) {
    Encoder encoder = new Encoder(SCHEMA, secret);
    return Linkage.link(encode(encoder, set.left()), encode(encoder, set.right()), threshold);
  }

  /** The rows of a file encoded, in parallel, in order. */
  public static List<Linkage.Encoded> encode(Encoder encoder, List<Row> rows) {
    return rows.parallelStream()
        .map(r -> new Linkage.Encoded(r.id(), encoder.encode(r.values())))
        .toList();
  }

  /**
   * The clear-text baseline: Jaro-Winkler of the normalised full names (folded, tokens sorted) at
   * least {@code nameThreshold} and the same date of birth; one to one, best first.
   */
  public static List<Linkage.Link> baseline(Set2 set, double nameThreshold) {
    var jw = new JaroWinklerSimilarity();
    Map<String, List<Row>> byDate = new LinkedHashMap<>();
    for (Row r : set.right()) {
      if (r.values().get(2) != null) {
        byDate.computeIfAbsent(r.values().get(2), k -> new ArrayList<>()).add(r);
      }
    }
    List<Linkage.Link> candidates = new ArrayList<>();
    for (Row l : set.left()) {
      String date = l.values().get(2);
      if (date == null) {
        continue;
      }
      String name = name(l);
      for (Row r : byDate.getOrDefault(date, List.of())) {
        double score = jw.apply(name, name(r));
        if (score >= nameThreshold) {
          candidates.add(new Linkage.Link(l.id(), r.id(), score));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Linkage.Link::score).reversed());
    Set<String> usedLeft = new HashSet<>();
    Set<String> usedRight = new HashSet<>();
    List<Linkage.Link> links = new ArrayList<>();
    for (var c : candidates) {
      if (usedLeft.add(c.leftId())) {
        if (usedRight.add(c.rightId())) {
          links.add(c);
        } else {
          usedLeft.remove(c.leftId());
        }
      }
    }
    return links;
  }

  private static String name(Row r) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      if (r.values().get(i) != null) {
        tokens.addAll(NameKeys.tokens(r.values().get(i)));
      }
    }
    tokens.sort(null);
    return String.join(" ", tokens);
  }

  public static Score score(List<Linkage.Link> links, Map<String, String> truth) {
    return Score.of(links, truth);
  }

  /** True pairs whose encodings reach the threshold, and how many of them the links lack. */
  public record Reachable(int reachable, int missed) {
    /** The share of reachable true pairs not linked. */
    public double loss() {
      return reachable == 0 ? 0 : missed / (double) reachable;
    }
  }

  /**
   * Recall lost to blocking: among the true pairs whose Dice score reaches {@code threshold} (all
   * pairs linkage could link them), those that {@code links} lack. Scoring the true pairs alone
   * needs no all-pairs run.
   */
  public static Reachable reachable(
      List<Linkage.Encoded> left,
      List<Linkage.Encoded> right,
      Map<String, String> truth,
      List<Linkage.Link> links,
      double threshold) {
    Map<String, long[]> rightBits = new HashMap<>(right.size() * 2);
    for (var e : right) {
      rightBits.put(e.id(), e.bits());
    }
    Map<String, String> linked = new HashMap<>(links.size() * 2);
    for (var link : links) {
      linked.put(link.leftId(), link.rightId());
    }
    int reachable = 0;
    int missed = 0;
    for (var e : left) {
      String match = truth.get(e.id());
      long[] other = match == null ? null : rightBits.get(match);
      if (other != null && Encoder.dice(e.bits(), other) >= threshold) {
        reachable++;
        missed += match.equals(linked.get(e.id())) ? 0 : 1;
      }
    }
    return new Reachable(reachable, missed);
  }
}
