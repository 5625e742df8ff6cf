package org.counterpart.directory.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
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
  private final AuditTrail audit;

  DirectoryApi(Directory directory, MessageSource messages, AuditTrail audit) {
    this.directory = directory;
    this.messages = messages;
    this.audit = audit;
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
      @RequestParam(defaultValue = "false") boolean remote,
      Authentication who) {
    var query = QueryParams.parse(text, kind, competence, language, countries, availableOn, remote);
    var found = directory.search(query);
    long personal = found.stream().filter(e -> e.value().kind().personal()).count();
    if (personal > 0) {
      audit.recordSeparately(
          AuditEvent.of(who.getName(), "directory.searched", "directory", "api")
              .details(personal + " entries naming a person"));
    }
    return found.stream().map(Held::of).toList();
  }

  @GetMapping("/api/v1/directory/entries/{id}")
  Held entry(@PathVariable UUID id, Authentication who) {
    Held held =
        directory
            .find(id)
            .map(Held::of)
            .orElseThrow(() -> new Directory.EntryNotFoundException(id));
    if (held.entry().kind().personal()) {
      audit.recordSeparately(
          AuditEvent.of(who.getName(), "directory.viewed", "directory", id.toString()));
    }
    return held;
  }

  @PostMapping("/api/v1/directory/entries")
  ResponseEntity<Held> add(@RequestBody EntryForm form, Authentication who) {
    UUID id = directory.add(form, who.getName());
    return ResponseEntity.created(URI.create("/api/v1/directory/entries/" + id))
        .body(Held.of(directory.find(id).orElseThrow()));
  }

  /** Changes an entry; with {@code version}, only if it is still at that version (else 409). */
  @PutMapping("/api/v1/directory/entries/{id}")
  Held change(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable Integer version,
      @RequestBody EntryForm form,
      Authentication who) {
    directory.change(id, version, form, who.getName());
    return Held.of(directory.find(id).orElseThrow());
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
