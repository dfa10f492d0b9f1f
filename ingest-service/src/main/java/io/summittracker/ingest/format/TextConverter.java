package io.summittracker.ingest.format;

import io.summittracker.ingest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns the bytes of an article into the text that is stored and that every extracted span points into.
 * Plain text and Markdown are kept verbatim; other formats go through Apache Tika.
 */
@ApplicationScoped
public class TextConverter {

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private final AutoDetectParser parser = new AutoDetectParser();

    public ConvertedText convert(byte[] body, DocumentFormat format, String contentType) {
        ConvertedText converted = format.verbatim() ? new ConvertedText(decode(body, contentType), null) : parse(body, format);
        // One line-ending convention, so offsets mean the same on every platform.
        String text = converted.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ProblemException(422, "No text", "The document contains no readable text.");
        }
        return new ConvertedText(text, converted.declaredTitle());
    }

    private String decode(byte[] body, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        if (m != null && m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ProblemException(415, "Unknown charset", "The charset " + m.group(1) + " is not supported; send UTF-8.");
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "Undecodable text",
                    "The body is not valid " + charset.name() + "; send UTF-8 or name the charset in Content-Type.");
        }
    }

    private ConvertedText parse(byte[] body, DocumentFormat format) {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
        BodyContentHandler handler = new BodyContentHandler(-1);
        try {
            parser.parse(new ByteArrayInputStream(body), handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new ProblemException(422, "Unreadable document",
                    "The " + format.mediaType() + " document could not be read: " + rootMessage(e));
        }
        String detected = metadata.get(Metadata.CONTENT_TYPE);
        // Binary formats must really be what they claim; Tika would otherwise read a broken file as plain text.
        if (format != DocumentFormat.HTML && (detected == null || !detected.startsWith(format.mediaType()))) {
            throw new ProblemException(422, "Unreadable document",
                    "The file is not a valid " + format.mediaType() + " document (it looks like " + detected + ").");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        return new ConvertedText(handler.toString().strip() + "\n", title == null || title.isBlank() ? null : title.strip());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
