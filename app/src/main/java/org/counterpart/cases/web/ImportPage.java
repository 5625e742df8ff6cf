package org.counterpart.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseTransfer;
import org.counterpart.cases.ImportJobs;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's bulk import: upload, then a page that shows the progress until done. */
@Controller
@NodeOnly
class ImportPage {

  private final ImportJobs jobs;

  ImportPage(ImportJobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping("/cases/import")
  String form() {
    return "cases/import";
  }

  @PostMapping("/cases/import")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "JSON") CaseTransfer.Format format,
      @RequestParam(defaultValue = "false") boolean validOnly,
      Authentication who,
      Model model)
      throws IOException {
    try {
      String content = new String(file.getBytes(), StandardCharsets.UTF_8);
      String id = jobs.start(content, format, validOnly, Actor.of(who));
      return "redirect:/cases/import/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return "cases/import";
    }
  }

  @GetMapping("/cases/import/{id}")
  String progress(@PathVariable String id, Authentication who, Model model) {
    model.addAttribute("progress", jobs.progress(id, Actor.of(who)));
    return "cases/import-progress";
  }
}
