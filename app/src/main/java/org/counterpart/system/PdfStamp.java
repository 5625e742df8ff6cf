package org.counterpart.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Stamps a line of text on exported documents (the H1 handling notice): on top of every page of a
 * PDF, or on a page made for an image. The stamp is drawn over the existing content, in DejaVu Sans
 * so that every script of the region renders.
 */
public final class PdfStamp {

  private static final float MARGIN = 36;
  private static final float SIZE = 9;

  private PdfStamp() {}

  /** The PDF with {@code stamp} at the top of each page. */
  public static byte[] onEveryPage(byte[] pdf, String stamp) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDType0Font font = font(document);
      for (PDPage page : document.getPages()) {
        try (var content =
            new PDPageContentStream(
                document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          write(content, font, stamp, page.getMediaBox());
        }
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF holding the image, scaled to the page, under {@code stamp}. */
  public static byte[] imageOnStampedPage(byte[] image, String name, String stamp) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject picture = PDImageXObject.createFromByteArray(document, image, name);
      PDRectangle box = page.getMediaBox();
      float width = box.getWidth() - 2 * MARGIN;
      float height = box.getHeight() - 3 * MARGIN;
      float scale = Math.min(1, Math.min(width / picture.getWidth(), height / picture.getHeight()));
      try (var content = new PDPageContentStream(document, page)) {
        content.drawImage(
            picture,
            MARGIN,
            box.getHeight() - 2 * MARGIN - picture.getHeight() * scale,
            picture.getWidth() * scale,
            picture.getHeight() * scale);
        write(content, font(document), stamp, box);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      PDPageContentStream content, PDType0Font font, String stamp, PDRectangle box)
      throws IOException {
    content.beginText();
    content.setFont(font, SIZE);
    content.newLineAtOffset(box.getLowerLeftX() + MARGIN, box.getUpperRightY() - MARGIN / 2 - SIZE);
    content.showText(stamp);
    content.endText();
  }

  private static PDType0Font font(PDDocument document) throws IOException {
    try (InputStream in = PdfStamp.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf")) {
      if (in == null) {
        throw new IOException("missing font DejaVuSans-Bold.ttf");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    var out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
