package io.summittracker.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.summittracker.ingest.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class TextConverterTest {

    private final TextConverter converter = new TextConverter();

    @Test
    void plainTextIsKeptVerbatimWithOneLineEndingConvention() {
        ConvertedText t = converter.convert("Title\r\n\r\nBody – with “quotes”.\r\n".getBytes(StandardCharsets.UTF_8),
                DocumentFormat.PLAIN, "text/plain; charset=utf-8");
        assertEquals("Title\n\nBody – with “quotes”.\n", t.text());
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        byte[] latin1 = "Café summit".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café summit", converter.convert(latin1, DocumentFormat.PLAIN, "text/plain; charset=ISO-8859-1").text());
    }

    @Test
    void pdfTextAndTitleAreRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Moscow, May 1972");
            pdf.setDocumentInformation(info);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Nixon and Brezhnev signed the ABM Treaty in Moscow.");
                content.endText();
            }
            pdf.save(out);
        }
        ConvertedText t = converter.convert(out.toByteArray(), DocumentFormat.PDF, "application/pdf");
        assertTrue(t.text().contains("Nixon and Brezhnev signed the ABM Treaty in Moscow."), t.text());
        assertEquals("Moscow, May 1972", t.declaredTitle());
    }

    @Test
    void docxParagraphsAreRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("Prague, April 2010");
            docx.createParagraph().createRun().setText("Obama and Medvedev signed New START.");
            docx.write(out);
        }
        ConvertedText t = converter.convert(out.toByteArray(), DocumentFormat.DOCX, DocumentFormat.DOCX.mediaType());
        assertTrue(t.text().startsWith("Prague, April 2010\n"), t.text());
        assertTrue(t.text().contains("Obama and Medvedev signed New START."));
    }

    @Test
    void aCorruptPdfIsRefusedWithAReasonNotAnError() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> converter.convert("not a pdf".getBytes(StandardCharsets.UTF_8), DocumentFormat.PDF, "application/pdf"));
        assertEquals(422, e.status());
    }
}
