package org.counterpart.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.counterpart.core.names.NameKeys;
import org.counterpart.system.NodeOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The regional directory on a node: this country's entries, which its officials edit, and every
 * other country's, as last received through the hub. Reading needs no hub.
 */
@Service
@NodeOnly
public class Directory {

  private final RegionalRecords records;

  Directory(RegionalRecords records) {
    this.records = records;
  }

  /** An entry as held here, with its owner and version. */
  public record Entry(
      UUID id, String country, int version, DirectoryEntry value, java.time.Instant updatedAt) {}

  /** This node's country, the only one whose entries it edits. */
  public String country() {
    return records.country();
  }

  /**
   * Adds an entry of this country.
   *
   * @throws org.counterpart.system.InvalidInputException naming each wrong field; nothing is kept
   */
  public UUID add(EntryForm form, String username) {
    DirectoryEntry entry = check(form);
    UUID id = UUID.randomUUID();
    records.save(DirectoryEntry.RECORD, id, entry, null, username);
    return id;
  }

  /**
   * Changes an entry of this country into a new version.
   *
   * @throws NotOwnerException when another country owns it
   */
  public int change(UUID id, EntryForm form, String username) {
    return change(id, null, form, username);
  }

  /**
   * Changes an entry of this country, if it is still at the version the user read.
   *
   * @param expected the version the user edited, or null to overwrite whatever is there
   * @throws StaleEntryException when someone else changed it meanwhile; nothing is kept
   */
  public int change(UUID id, @Nullable Integer expected, EntryForm form, String username) {
    Entry current = find(id).orElseThrow(() -> new EntryNotFoundException(id));
    if (!current.country().equals(country())) {
      throw new NotOwnerException(current.country());
    }
    DirectoryEntry checked = check(form);
    return records.save(DirectoryEntry.RECORD, id, checked, null, username, expected);
  }

  /** Removes an entry of this country (a deleted version; earlier versions stay). */
  public void remove(UUID id, String username) {
    Entry current = find(id).orElseThrow(() -> new EntryNotFoundException(id));
    if (!current.country().equals(country())) {
      throw new NotOwnerException(current.country());
    }
    records.delete(DirectoryEntry.RECORD, id, username);
  }

  private DirectoryEntry check(EntryForm form) {
    return DirectoryRules.check(form, country(), parent -> find(parent).isPresent());
  }

  public Optional<Entry> find(UUID id) {
    return records.find(DirectoryEntry.RECORD, id, DirectoryEntry.class).map(Directory::entry);
  }

  /** The versions of an entry, newest first. */
  public List<RegionalRecords.Version> history(UUID id) {
    return records.history(DirectoryEntry.RECORD, id);
  }

  /** The whole regional directory as held here. */
  public List<Entry> all() {
    return records.all(DirectoryEntry.RECORD, DirectoryEntry.class).stream()
        .map(Directory::entry)
        .toList();
  }

  /** The entries that meet every criterion, by country, kind and name. */
  public List<Entry> search(DirectoryQuery query) {
    List<String> words =
        query.text() == null
            ? List.of()
            : List.of(NameKeys.folded(query.text()).split(" ")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    return all().stream()
        .filter(e -> query.countries().isEmpty() || query.countries().contains(e.country()))
        .filter(e -> query.kind() == null || e.value().kind() == query.kind())
        .filter(
            e -> query.competence() == null || e.value().competences().contains(query.competence()))
        .filter(e -> query.language() == null || e.value().languages().contains(query.language()))
        .filter(e -> query.availableOn() == null || e.value().availableOn(query.availableOn()))
        .filter(e -> !query.remote() || e.value().remote())
        .filter(e -> words.isEmpty() || matches(e.value(), words))
        .sorted(
            Comparator.comparing(Entry::country)
                .thenComparing(e -> e.value().kind())
                .thenComparing(e -> NameKeys.folded(e.value().name())))
        .toList();
  }

  private static boolean matches(DirectoryEntry e, List<String> words) {
    String haystack =
        NameKeys.folded(
            String.join(
                " ",
                e.name(),
                e.place(),
                e.person() == null ? "" : e.person(),
                e.accreditation() == null ? "" : e.accreditation(),
                e.notes() == null ? "" : e.notes()));
    return words.stream().allMatch(haystack::contains);
  }

  private static Entry entry(RegionalRecords.Held<DirectoryEntry> held) {
    return new Entry(held.id(), held.country(), held.version(), held.value(), held.updatedAt());
  }

  /** The entry changed since the user read it. */
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.CONFLICT)
  public static final class StaleEntryException extends RuntimeException {
    public StaleEntryException(UUID id) {
      super("directory.stale");
    }
  }

  /** No entry with that id is held here. */
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NOT_FOUND)
  public static final class EntryNotFoundException extends RuntimeException {
    public EntryNotFoundException(UUID id) {
      super("no directory entry " + id);
    }
  }
}
