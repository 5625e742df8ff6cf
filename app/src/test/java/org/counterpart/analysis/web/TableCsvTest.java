package org.counterpart.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterpart.analysis.risk.RiskAnalysis;
import org.counterpart.core.analysis.Dimension;
import org.counterpart.core.analysis.Disclosure;
import org.junit.jupiter.api.Test;

class TableCsvTest {

  @Test
  void neutralisesACellThatASpreadsheetWouldReadAsAFormula() {
    var table =
        new RiskAnalysis.Table(
            "transport-quarterly",
            Dimension.TRANSPORT,
            List.of("2024Q1", "2024Q2"),
            List.of(
                new RiskAnalysis.Row(
                    "=HYPERLINK(\"http://evil\",\"x\")",
                    List.of(new Disclosure.Shown(12, false), new Disclosure.Shown(0, true))),
                new RiskAnalysis.Row(
                    "bus",
                    List.of(new Disclosure.Shown(40, false), new Disclosure.Shown(7, false))),
                new RiskAnalysis.Row(
                    "@SUM(A1)",
                    List.of(new Disclosure.Shown(9, false), new Disclosure.Shown(9, false)))));

    String csv = TableCsv.of(table, 5);

    assertThat(csv.lines())
        .containsExactly(
            "transport,2024Q1,2024Q2",
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",12,<5",
            "bus,40,7",
            "'@SUM(A1),9,9");
    assertThat(TableCsv.safe("-1")).isEqualTo("'-1");
    assertThat(TableCsv.safe("+1")).isEqualTo("'+1");
    assertThat(TableCsv.safe("AF")).isEqualTo("AF");
  }
}
