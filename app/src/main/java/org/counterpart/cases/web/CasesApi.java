package org.counterpart.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterpart.cases.Actor;
import org.counterpart.cases.CaseDetails;
import org.counterpart.cases.CaseKind;
import org.counterpart.cases.CaseReader;
import org.counterpart.cases.CaseRegistry;
import org.counterpart.cases.CaseStatus;
import org.counterpart.cases.CaseTransfer;
import org.counterpart.cases.CaseViews;
import org.counterpart.cases.NewCase;
import org.counterpart.cases.PersonIdentity;
import org.counterpart.cases.PersonSearch;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case registry's REST API. */
@RestController
@NodeOnly
@Tag(name = "Cases", description = "The national case registry (HTCDS 2.0 aligned)")
class CasesApi {

  private final CaseRegistry registry;
  private final CaseReader reader;
  private final PersonSearch search;
  private final CaseTransfer transfer;
  private final org.counterpart.cases.IdentityKeyRotation rotation;
  private final org.counterpart.cases.CaseAttachments attachments;
  private final org.counterpart.cases.ImportJobs importJobs;
  private final org.counterpart.cases.IdentityCorrections corrections;

  CasesApi(
      CaseRegistry registry,
      CaseReader reader,
      PersonSearch search,
      CaseTransfer transfer,
      org.counterpart.cases.IdentityKeyRotation rotation,
      org.counterpart.cases.CaseAttachments attachments,
      org.counterpart.cases.ImportJobs importJobs,
      org.counterpart.cases.IdentityCorrections corrections) {
    this.corrections = corrections;
    this.attachments = attachments;
    this.importJobs = importJobs;
    this.registry = registry;
    this.reader = reader;
    this.search = search;
    this.transfer = transfer;
    this.rotation = rotation;
  }

  @PostMapping(
      value = "/api/v1/cases/{reference}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Attach a PDF, JPEG, PNG or text document (case team; at most 10 MiB)")
  org.counterpart.cases.CaseAttachments.Attachment attach(
      @PathVariable String reference,
      @org.springframework.web.bind.annotation.RequestParam("file")
          org.springframework.web.multipart.MultipartFile file,
      Authentication who)
      throws java.io.IOException {
    String name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
    return attachments.attach(reference, name, file.getBytes(), Actor.of(who));
  }

  @GetMapping("/api/v1/cases/{reference}/attachments/{id}")
  @Operation(summary = "Download a document, checked against its SHA-256 (case team; audited)")
  ResponseEntity<byte[]> download(
      @PathVariable String reference, @PathVariable String id, Authentication who) {
    var document = attachments.download(reference, id, Actor.of(who));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.attachment().contentType()))
        .header(
            "Content-Disposition",
            org.springframework.http.ContentDisposition.attachment()
                .filename(document.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + document.attachment().sha256())
        .body(document.content());
  }

  @PostMapping("/api/v1/admin/identity-keys/rotate")
  @Operation(summary = "Make a new identity key current and re-encrypt every identity under it")
  org.counterpart.cases.IdentityKeyRotation.Rotation rotate(Authentication who) {
    return rotation.rotate(who.getName());
  }

  @PostMapping("/api/v1/cases")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a case with its people; every field checked before any write")
  Map<String, String> register(@Valid @RequestBody NewCase command, Authentication who) {
    return Map.of("reference", registry.register(command, Actor.of(who)));
  }

  @GetMapping("/api/v1/cases")
  @Operation(summary = "List cases, newest detection first")
  List<CaseViews.CaseSummary> list(
      @RequestParam(required = false) @Nullable CaseStatus status,
      @RequestParam(required = false) @Nullable CaseKind kind,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication who) {
    return reader.list(new CaseReader.CaseFilter(status, kind, mine), page, size, Actor.of(who));
  }

  @GetMapping("/api/v1/cases/{reference}")
  @Operation(summary = "A case; identities only for its team, each view audited")
  CaseViews.CaseView view(@PathVariable String reference, Authentication who) {
    return reader.view(reference, Actor.of(who));
  }

  /** A move of a case to another state. */
  record Move(CaseStatus to, @Nullable String reason, int version) {}

  @PostMapping("/api/v1/cases/{reference}/transitions")
  @Operation(summary = "Move a case; refused when the role may not, or when it changed meanwhile")
  ResponseEntity<Void> move(
      @PathVariable String reference, @RequestBody Move move, Authentication who) {
    registry.move(reference, move.to(), move.reason(), move.version(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** Corrected facts of a case, the version they correct and why. */
  record CaseCorrection(@Valid CaseDetails details, int version, String reason) {}

  @org.springframework.web.bind.annotation.PutMapping("/api/v1/cases/{reference}/details")
  @Operation(
      summary =
          "Correct the facts of a case (case team); the previous version is kept, 409 if it"
              + " changed meanwhile")
  ResponseEntity<Void> correctCase(
      @PathVariable String reference, @Valid @RequestBody CaseCorrection body, Authentication who) {
    registry.correct(reference, body.details(), body.version(), body.reason(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** A new team member. */
  record Member(String username) {}

  @PostMapping("/api/v1/cases/{reference}/team")
  ResponseEntity<Void> addMember(
      @PathVariable String reference, @RequestBody Member member, Authentication who) {
    registry.addTeamMember(reference, member.username(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/cases/{reference}/notes")
  ResponseEntity<Void> addNote(
      @PathVariable String reference, @RequestBody CaseRegistry.NewNote note, Authentication who) {
    registry.addNote(reference, note, Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** Why a case is voided. */
  record Voiding(String reason) {}

  @PostMapping("/api/v1/cases/{reference}/void")
  ResponseEntity<Void> voidCase(
      @PathVariable String reference, @RequestBody Voiding body, Authentication who) {
    registry.voidCase(reference, body.reason(), Actor.of(who));
    return ResponseEntity.noContent().build();
  }

  /** A corrected identity, the version it corrects and why. */
  record IdentityCorrection(@Valid PersonIdentity identity, int version, String reason) {}

  @org.springframework.web.bind.annotation.PutMapping("/api/v1/persons/{pseudonym}/identity")
  @Operation(
      summary =
          "Correct an identity (case team); the previous version is kept, 409 if it changed meanwhile")
  Map<String, Integer> correct(
      @PathVariable String pseudonym,
      @Valid @RequestBody IdentityCorrection body,
      Authentication who) {
    int version =
        corrections.correct(
            pseudonym, body.identity(), body.version(), body.reason(), Actor.of(who));
    return Map.of("version", version);
  }

  /** Why an official outside the team must see an identity now. */
  record BreakGlass(String reason) {}

  @PostMapping("/api/v1/persons/{pseudonym}/break-glass")
  @Operation(summary = "Emergency view of one identity, with a written reason, flagged for review")
  PersonIdentity breakGlass(
      @PathVariable String pseudonym, @RequestBody BreakGlass body, Authentication who) {
    return reader.breakGlass(pseudonym, body.reason(), Actor.of(who));
  }

  @GetMapping("/api/v1/persons/search")
  @Operation(
      summary = "Find people by name in any script or spelling, birth date, phone or document")
  PersonSearch.Results search(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate birthDate,
      @RequestParam(required = false) @Nullable String phone,
      @RequestParam(required = false) @Nullable String document,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication who) {
    return search.search(
        new PersonSearch.Query(name, birthDate, phone, document), page, size, Actor.of(who));
  }

  @GetMapping("/api/v1/cases/{reference}/export")
  ResponseEntity<String> exportOne(
      @PathVariable String reference,
      @RequestParam(defaultValue = "JSON") CaseTransfer.Format format,
      Authentication who) {
    return file(transfer.export(List.of(reference), format, Actor.of(who)), format, reference);
  }

  @GetMapping("/api/v1/cases/export")
  @Operation(summary = "Export every case detected in a period (node administrators)")
  ResponseEntity<String> exportPeriod(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "JSON") CaseTransfer.Format format,
      Authentication who) {
    var references = transfer.referencesBetween(from, to);
    return file(
        transfer.export(references, format, Actor.of(who)), format, "cases-" + from + "-" + to);
  }

  @PostMapping(
      value = "/api/v1/cases/import",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
  @Operation(summary = "Import HTCDS JSON or CSV: all or nothing, or ?validOnly=true with a report")
  CaseTransfer.ImportReport importCases(
      @RequestBody String content,
      @RequestParam(defaultValue = "JSON") CaseTransfer.Format format,
      @RequestParam(defaultValue = "false") boolean validOnly,
      Authentication who) {
    var parsed = transfer.parse(content, format);
    return transfer.importCases(parsed, validOnly, Actor.of(who), n -> {});
  }

  @PostMapping(
      value = "/api/v1/cases/imports",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Start a long import in the background; the file is checked before it starts")
  Map<String, String> startImport(
      @RequestBody String content,
      @RequestParam(defaultValue = "JSON") CaseTransfer.Format format,
      @RequestParam(defaultValue = "false") boolean validOnly,
      Authentication who) {
    return Map.of("id", importJobs.start(content, format, validOnly, Actor.of(who)));
  }

  @GetMapping("/api/v1/cases/imports/{id}")
  @Operation(summary = "Progress of a background import: cases written so far, and the report")
  org.counterpart.cases.ImportJobs.Progress importProgress(
      @PathVariable String id, Authentication who) {
    return importJobs.progress(id, Actor.of(who));
  }

  private static ResponseEntity<String> file(String body, CaseTransfer.Format format, String name) {
    boolean json = format == CaseTransfer.Format.JSON;
    return ResponseEntity.ok()
        .contentType(
            json
                ? MediaType.APPLICATION_JSON
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + (json ? ".json" : ".csv") + "\"")
        .body(body);
  }
}
