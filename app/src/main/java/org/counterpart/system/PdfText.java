package org.counterpart.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document of headings, paragraphs and bullet points, laid out with word wrap and page
 * breaks, in DejaVu Sans (embedded, subset): Latin with the region's diacritics (č ć đ š ž ë ç) and
 * Cyrillic render in every language.
 */
public final class PdfText implements AutoCloseable {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final PDDocument document = new PDDocument();
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final String footer;
  private PDPageContentStream page;
  private float y;

  public PdfText(String title, String language, String footer) {
    this.footer = footer;
    try {
      regular = font("/fonts/DejaVuSans.ttf");
      bold = font("/fonts/DejaVuSans-Bold.ttf");
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Counterpart");
      document.getDocumentCatalog().setLanguage(language);
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDType0Font font(String resource) throws IOException {
    try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing font " + resource);
      }
      return PDType0Font.load(document, in, true);
    }
  }

  public PdfText title(String text) {
    return block(text, bold, 17, 0, 10);
  }

  public PdfText heading(String text) {
    y -= 6;
    return block(text, bold, 12.5f, 0, 4);
  }

  public PdfText paragraph(String text) {
    return block(text, regular, 10.5f, 0, 5);
  }

  public PdfText bullet(String text) {
    return block("•  " + text, regular, 10.5f, 12, 3);
  }

  private PdfText block(String raw, PDType0Font font, float size, float indent, float after) {
    try {
      String text = drawable(raw, font);
      float leading = size * 1.35f;
      for (String line : wrap(text, font, size, WIDTH - indent)) {
        if (y - leading < MARGIN + 20) {
          newPage();
        }
        y -= leading;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN + indent, y);
        page.showText(line);
        page.endText();
      }
      y -= after;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PNG image (a chart) {@code width} points wide, on a new page when it does not fit. */
  public PdfText image(byte[] png, float width) {
    try {
      var image =
          org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(
              document, png, "chart");
      float w = Math.min(width, WIDTH);
      float height = image.getHeight() * w / image.getWidth();
      if (y - height < MARGIN + 20) {
        newPage();
      }
      y -= height;
      page.drawImage(image, MARGIN, y, w, height);
      y -= 8;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, PDType0Font font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    var line = new StringBuilder();
    for (String word : splitLong(text.strip().split("\\s+"), font, size, width)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The text with every character the font cannot draw (a control character, an emoji, a script the
   * bundled fonts lack) replaced by a question mark, so that one unusual character in a directory
   * entry cannot stop a whole document.
   */
  static String drawable(String text, PDType0Font font) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              String ch = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  /** Words wider than a line (a long address, say) cut into pieces that fit. */
  private static List<String> splitLong(String[] words, PDType0Font font, float size, float width)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      String rest = word;
      while (rest.length() > 1 && font.getStringWidth(rest) / 1000 * size > width) {
        int cut = rest.length() - 1;
        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
          cut--;
        }
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      out.add(rest);
    }
    return out;
  }

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    page.beginText();
    page.setFont(regular, 8);
    page.newLineAtOffset(MARGIN, MARGIN - 20);
    page.showText(footer + " · " + document.getNumberOfPages());
    page.endText();
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** The finished document. */
  public byte[] bytes() {
    try {
      page.close();
      page = null;
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (page != null) {
        page.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
