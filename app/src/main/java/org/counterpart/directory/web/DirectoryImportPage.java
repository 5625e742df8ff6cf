package org.counterpart.directory.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.counterpart.directory.DirectoryImport;
import org.counterpart.directory.EntryForm;
import org.counterpart.system.InvalidInputException;
import org.counterpart.system.NodeOnly;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of this country's directory from CSV: checked first, row by row; nothing is kept
 * while a row is wrong, unless the user chooses to import the valid rows only.
 */
@Controller
@NodeOnly
class DirectoryImportPage {

  private final DirectoryImport imports;

  DirectoryImportPage(DirectoryImport imports) {
    this.imports = imports;
  }

  @GetMapping("/directory/import")
  String page(Model model) {
    model.addAttribute("header", String.join(",", EntryForm.FIELDS));
    model.addAttribute("errors", Map.of());
    return "directory/import";
  }

  @PostMapping("/directory/import")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "mode", defaultValue = "check") String mode,
      Authentication who,
      Model model)
      throws IOException {
    model.addAttribute("header", String.join(",", EntryForm.FIELDS));
    try {
      String csv = utf8(file.getBytes());
      DirectoryImport.Report report =
          switch (mode) {
            case "all" -> imports.importRows(csv, false, who.getName());
            case "valid" -> imports.importRows(csv, true, who.getName());
            default -> imports.check(csv);
          };
      model.addAttribute("report", report);
      model.addAttribute("mode", mode);
      model.addAttribute("errors", Map.of());
    } catch (InvalidInputException e) {
      model.addAttribute("errors", DirectoryPages.errors(e));
    }
    return "directory/import";
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", "directory.import.encoding");
    }
  }
}
