package org.counterpart.directory.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.counterpart.directory.Directory;
import org.counterpart.directory.DirectoryEntry;
import org.counterpart.directory.EntryForm;
import org.counterpart.directory.NotOwnerException;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regional directory over REST: search and read the whole region; add, change and remove this
 * country's entries. Errors name the field, in the caller's language.
 */
@RestController
@NodeOnly
class DirectoryApi {

  private final Directory directory;
  private final MessageSource messages;

  DirectoryApi(Directory directory, MessageSource messages) {
    this.directory = directory;
    this.messages = messages;
  }

  /** An entry with its owner and version. */
  record Held(UUID id, String country, int version, DirectoryEntry entry) {
    static Held of(Directory.Entry e) {
      return new Held(e.id(), e.country(), e.version(), e.value());
    }
  }

  @GetMapping("/api/v1/directory/entries")
  List<Held> search(
      @RequestParam(required = false) @Nullable String text,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String competence,
      @RequestParam(required = false) @Nullable String language,
      @RequestParam(name = "country", required = false) @Nullable List<String> countries,
      @RequestParam(required = false) @Nullable String availableOn,
      @RequestParam(defaultValue = "false") boolean remote) {
    var query = QueryParams.parse(text, kind, competence, language, countries, availableOn, remote);
    return directory.search(query).stream().map(Held::of).toList();
  }

  @GetMapping("/api/v1/directory/entries/{id}")
  Held entry(@PathVariable UUID id) {
    return directory
        .find(id)
        .map(Held::of)
        .orElseThrow(() -> new Directory.EntryNotFoundException(id));
  }

  @PostMapping("/api/v1/directory/entries")
  ResponseEntity<Held> add(@RequestBody EntryForm form, Authentication who) {
    UUID id = directory.add(form, who.getName());
    return ResponseEntity.created(URI.create("/api/v1/directory/entries/" + id)).body(entry(id));
  }

  @PutMapping("/api/v1/directory/entries/{id}")
  Held change(@PathVariable UUID id, @RequestBody EntryForm form, Authentication who) {
    directory.change(id, form, who.getName());
    return entry(id);
  }

  @DeleteMapping("/api/v1/directory/entries/{id}")
  ResponseEntity<Void> remove(@PathVariable UUID id, Authentication who) {
    directory.remove(id, who.getName());
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(NotOwnerException.class)
  ProblemDetail notOwner(NotOwnerException e) {
    var problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            messages.getMessage(
                "directory.not-owner",
                null,
                "directory.not-owner",
                LocaleContextHolder.getLocale()));
    problem.setType(URI.create("urn:counterpart:problem:not-owner"));
    problem.setProperty("owner", e.owner());
    return problem;
  }
}
