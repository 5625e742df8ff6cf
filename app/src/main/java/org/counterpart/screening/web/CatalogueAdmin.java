package org.counterpart.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.counterpart.screening.CatalogueVersions;
import org.counterpart.system.FieldProblem;
import org.counterpart.system.HubOnly;
import org.counterpart.system.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** The regional administrators' page and API for publishing catalogue versions on the hub. */
@Controller
@HubOnly
class CatalogueAdmin {

  private final CatalogueVersions versions;

  CatalogueAdmin(CatalogueVersions versions) {
    this.versions = versions;
  }

  @GetMapping("/api/v1/catalogue/versions")
  @ResponseBody
  @Operation(summary = "The published catalogue versions, newest first")
  List<CatalogueVersions.Summary> list() {
    return versions.all();
  }

  /** A new version: the catalogue file, optionally a questions file, and what changed. */
  record NewVersion(String indicatorsCsv, @Nullable String questionsCsv, String notes) {}

  @PostMapping("/api/v1/catalogue/versions")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Publish a new catalogue version; every node pulls it")
  CatalogueVersions.Summary publish(@RequestBody NewVersion body, Authentication who) {
    var published =
        versions.publish(body.indicatorsCsv(), body.questionsCsv(), body.notes(), who.getName());
    return versions.all().stream()
        .filter(s -> s.version() == published.version())
        .findFirst()
        .orElseThrow();
  }

  @GetMapping("/catalogue")
  String page(Model model) {
    model.addAttribute("versions", versions.all());
    return "screening/catalogue";
  }

  @PostMapping("/catalogue")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String notes,
      Authentication who,
      Model model)
      throws IOException {
    try {
      var published =
          versions.publish(
              new String(file.getBytes(), StandardCharsets.UTF_8), null, notes, who.getName());
      return "redirect:/catalogue?published=" + published.version();
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems().stream().map(FieldProblem::message).toList());
      model.addAttribute("notes", notes);
      return page(model);
    }
  }
}
