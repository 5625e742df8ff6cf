package org.counterpart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.counterpart.core.screening.Catalogue;
import org.counterpart.core.screening.Category;
import org.counterpart.core.screening.Decision;
import org.counterpart.core.screening.Exploitation;
import org.counterpart.core.screening.Reason;
import org.counterpart.core.screening.ScreeningEngine;
import org.counterpart.core.screening.ScreeningInput;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evaluates one screening offline with the nodes' engine and prints the decision as JSON. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate one screening offline with the same engine as the nodes and print the decision"
          + " as JSON.",
      "Input fields: age, ageAssessed, accompanied, exploitation, actOfTrafficking, indicators,"
          + " facilitatorPaid, irregularEntry, asksProtection, extremismFlagReason,"
          + " catalogueVersion.",
      "Exit codes: 0 decided, 2 bad input (the problem is named on standard error)."
    })
final class ScreenCommand implements Callable<Integer> {

  private static final Set<String> FIELDS =
      Set.of(
          "age",
          "ageAssessed",
          "accompanied",
          "exploitation",
          "actOfTrafficking",
          "indicators",
          "facilitatorPaid",
          "irregularEntry",
          "asksProtection",
          "extremismFlagReason",
          "catalogueVersion");

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The screening to evaluate.")
  Path file;

  @Option(
      names = "--catalogue",
      paramLabel = "FILE.csv",
      description =
          "A catalogue file of another version (default: version 1, shipped with Counterpart);"
              + " its version is the input's catalogueVersion.")
  @Nullable Path catalogueFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final JsonMapper json = JsonMapper.builder().build();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
      ScreeningInput input = input(root);
      Catalogue catalogue =
          catalogueFile == null
              ? Catalogue.firstVersion()
              : new Catalogue(
                  input.catalogueVersion(),
                  Catalogue.indicators(Files.readString(catalogueFile, StandardCharsets.UTF_8)),
                  Catalogue.questions(Catalogue.firstQuestionsText()));
      Decision decision = new ScreeningEngine(catalogue).decide(input);
      PrintWriter out = spec.commandLine().getOut();
      out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(output(decision)));
      out.flush();
      return 0;
    } catch (IOException e) {
      err.println("screen: cannot read " + e.getMessage());
    } catch (JacksonException e) {
      err.println("screen: " + file + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      err.println("screen: " + file + ": " + e.getMessage());
    }
    err.flush();
    return 2;
  }

  private static ScreeningInput input(JsonNode root) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("the screening must be a JSON object");
    }
    List<String> unknown = new ArrayList<>();
    for (String name : root.propertyNames()) {
      if (!FIELDS.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown fields: " + String.join(", ", unknown));
    }
    Integer age = null;
    JsonNode ageNode = root.get("age");
    if (ageNode != null && !ageNode.isNull()) {
      if (!ageNode.isIntegralNumber()) {
        throw new IllegalArgumentException("age: must be a whole number of years");
      }
      age = ageNode.intValue();
    }
    Set<String> indicators = new LinkedHashSet<>();
    JsonNode list = root.get("indicators");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new IllegalArgumentException("indicators: must be a list of indicator ids");
      }
      for (JsonNode id : list) {
        if (!id.isString()) {
          throw new IllegalArgumentException("indicators: every item must be an indicator id");
        }
        indicators.add(id.stringValue());
      }
    }
    JsonNode exploitation = root.get("exploitation");
    JsonNode version = root.get("catalogueVersion");
    if (version != null && !version.isIntegralNumber()) {
      throw new IllegalArgumentException("catalogueVersion: must be a whole number");
    }
    JsonNode accompanied = root.get("accompanied");
    JsonNode flag = root.get("extremismFlagReason");
    return new ScreeningInput(
        age,
        bool(root, "ageAssessed"),
        accompanied == null || accompanied.isNull() ? null : bool(root, "accompanied"),
        exploitation == null || exploitation.isNull()
            ? Exploitation.UNKNOWN
            : Exploitation.ofId(text(exploitation, "exploitation")),
        bool(root, "actOfTrafficking"),
        indicators,
        bool(root, "facilitatorPaid"),
        bool(root, "irregularEntry"),
        bool(root, "asksProtection"),
        flag == null || flag.isNull() ? null : text(flag, "extremismFlagReason"),
        version == null ? 1 : version.intValue());
  }

  private static boolean bool(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(field + ": must be true or false");
    }
    return node.booleanValue();
  }

  private static String text(JsonNode node, String field) {
    if (!node.isString()) {
      throw new IllegalArgumentException(field + ": must be text");
    }
    return node.stringValue();
  }

  private static Map<String, Object> output(Decision decision) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("categories", decision.categories().stream().map(Category::id).toList());
    out.put("presumedVictim", decision.presumedVictim());
    out.put("profile", decision.profile().name().toLowerCase(java.util.Locale.ROOT));
    out.put("presumedMinor", decision.presumedMinor());
    Map<String, Object> dimensions = new LinkedHashMap<>();
    decision.dimensions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Map<String, Object> d = new LinkedHashMap<>();
              d.put("positive", e.getValue().positive());
              d.put("strong", e.getValue().strong());
              d.put("medium", e.getValue().medium());
              d.put("weak", e.getValue().weak());
              d.put("rule", e.getValue().rule().isEmpty() ? null : e.getValue().rule());
              d.put("indicators", e.getValue().counted());
              dimensions.put(e.getKey().name(), d);
            });
    out.put("dimensions", dimensions);
    out.put("explanation", decision.explanation().stream().map(Reason::english).toList());
    out.put("catalogueVersion", decision.catalogueVersion());
    return out;
  }
}
