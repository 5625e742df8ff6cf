package org.counterpart.directory.web;

import java.util.Locale;
import org.counterpart.directory.Directory;
import org.counterpart.directory.DirectoryQuery;
import org.counterpart.directory.EntryKind;
import org.counterpart.system.NodeOnly;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The region's helplines for anyone, signed in or not: they are there to be called, and a helpline
 * entry names no official. Everything else in the directory needs an official's sign-in.
 */
@Controller
@NodeOnly
class HelplinesPage {

  private final Directory directory;

  HelplinesPage(Directory directory) {
    this.directory = directory;
  }

  /** What the public page shows of a helpline: no person, no notes. */
  record Helpline(
      String countryName,
      String name,
      java.util.List<String> phones,
      String hours,
      java.util.List<String> languages) {}

  @GetMapping("/helplines")
  String helplines(Model model) {
    Locale reader = LocaleContextHolder.getLocale();
    var query =
        new DirectoryQuery(null, EntryKind.HELPLINE, null, null, java.util.Set.of(), null, false);
    model.addAttribute(
        "helplines",
        directory.search(query).stream()
            .map(e -> DirectoryView.of(e, reader))
            .map(
                v ->
                    new Helpline(
                        v.countryName(),
                        v.name(),
                        v.phones(),
                        v.hours() == null ? "" : v.hours(),
                        v.languages()))
            .toList());
    return "directory/helplines";
  }
}
