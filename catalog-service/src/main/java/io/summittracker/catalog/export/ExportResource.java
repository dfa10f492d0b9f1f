package io.summittracker.catalog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.summittracker.catalog.problem.Problem;
import io.summittracker.catalog.problem.ProblemException;
import io.summittracker.events.DocumentEvents;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full exports of every list, streamed: CSV and JSON for all, JSON-LD for summits, people and organisations, iCalendar for summits. */
@Path("/api/v1/export")
@Tag(name = "export", description = "Whole collections as CSV, JSON, JSON-LD or iCalendar, streamed")
public class ExportResource {

    @Inject
    AgroalDataSource dataSource;

    @GET
    @Path("/{resource}")
    @Operation(summary = "Export a whole collection", description = "resource: summits, people, organizations, topics, statements, outcomes, events (dated events besides the summits) or documents")
    @APIResponse(responseCode = "200", description = "The collection, streamed")
    @APIResponse(responseCode = "400", description = "Unknown format, or a format this collection has not", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown collection", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response export(@PathParam("resource") String resource,
            @Parameter(description = "csv, json, jsonld (summits, people, organizations) or ics (summits)") @QueryParam("format") @DefaultValue("json") String format,
            @Context UriInfo uri) {
        String sql = ExportQueries.SQL.get(resource);
        if (sql == null) {
            throw new ProblemException(404, "Not found", "No collection " + resource + "; exportable: " + String.join(", ", ExportQueries.SQL.keySet()) + ".");
        }
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> new ProblemException(400, "Unknown format", "format must be csv, json, jsonld or ics."));
        if (f == ExportFormat.JSONLD && !ExportQueries.JSON_LD.contains(resource) || f == ExportFormat.ICS && !resource.equals("summits")) {
            throw new ProblemException(400, "Format not available", resource + " cannot be exported as " + format + ".");
        }
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        StreamingOutput body = out -> stream(sql, f, resource, base, out);
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + resource + "." + f.extension + "\"").build();
    }

    private void stream(String sql, ExportFormat format, String resource, String base, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a server-side cursor only inside a transaction
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(500);
                try (ResultSet rs = s.executeQuery()) {
                    switch (format) {
                        case CSV -> writeCsv(rs, out);
                        case ICS -> writeCalendar(rs, out, base);
                        default -> writeJson(rs, out, format == ExportFormat.JSONLD ? resource : null, base);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("Export of " + resource + " failed", e);
        }
    }

    private static void writeCsv(ResultSet rs, OutputStream out) throws SQLException, IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ResultSetMetaData meta = rs.getMetaData();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.add(csv(meta.getColumnLabel(i)));
        }
        w.write(String.join(",", header) + "\r\n");
        while (rs.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                cells.add(csv(rs.getString(i)));
            }
            w.write(String.join(",", cells) + "\r\n");
        }
        w.flush();
    }

    /** RFC 4180: quote a field that holds a comma, quote or line break, doubling its quotes. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void writeJson(ResultSet rs, OutputStream out, String jsonLdResource, String base) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        try (JsonGenerator json = DocumentEvents.mapper().getFactory().createGenerator(out)) {
            if (jsonLdResource != null) {
                json.writeStartObject();
                json.writeStringField("@context", JsonLd.CONTEXT);
                json.writeArrayFieldStart("@graph");
            } else {
                json.writeStartArray();
            }
            while (rs.next()) {
                ObjectNode row = DocumentEvents.mapper().createObjectNode();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String label = meta.getColumnLabel(i);
                    String value = rs.getString(i);
                    if (value == null) {
                        row.putNull(label);
                    } else if ("jsonb".equals(meta.getColumnTypeName(i))) {
                        row.set(label, DocumentEvents.mapper().readTree(value));
                    } else if ("bool".equals(meta.getColumnTypeName(i))) {
                        row.put(label, rs.getBoolean(i));
                    } else if (Number.class.isAssignableFrom(javaClass(meta, i))) {
                        row.put(label, rs.getBigDecimal(i));
                    } else {
                        row.put(label, value);
                    }
                }
                if (jsonLdResource != null) {
                    ObjectNode ld = JsonLd.of(jsonLdResource, row, base);
                    ld.remove("@context");
                    json.writeTree(ld);
                } else {
                    json.writeTree(row);
                }
            }
            json.writeEndArray();
            if (jsonLdResource != null) {
                json.writeEndObject();
            }
        }
    }

    private static Class<?> javaClass(ResultSetMetaData meta, int column) throws SQLException {
        try {
            return Class.forName(meta.getColumnClassName(column));
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }

    private static void writeCalendar(ResultSet rs, OutputStream out, String base) throws SQLException, IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit Tracker//Summits//EN\r\nCALSCALE:GREGORIAN\r\n");
        while (rs.next()) {
            java.sql.Date start = rs.getDate("date");
            if (start == null) {
                continue;
            }
            java.sql.Date end = rs.getDate("end");
            String leaders = String.join(", ", leaders(rs.getString("leaders")));
            w.write("BEGIN:VEVENT\r\n");
            w.write(fold("UID:" + rs.getString("id") + "@summittracker"));
            w.write("DTSTAMP:20000101T000000Z\r\n");
            w.write("DTSTART;VALUE=DATE:" + start.toLocalDate().toString().replace("-", "") + "\r\n");
            // DTEND is exclusive in iCalendar: the day after the last day.
            w.write("DTEND;VALUE=DATE:" + (end == null ? start : end).toLocalDate().plusDays(1).toString().replace("-", "") + "\r\n");
            w.write(fold("SUMMARY:" + ical(rs.getString("name"))));
            String city = rs.getString("city");
            String country = rs.getString("country");
            if (city != null) {
                w.write(fold("LOCATION:" + ical(city + (country == null ? "" : ", " + country))));
            }
            if (!leaders.isEmpty()) {
                w.write(fold("DESCRIPTION:" + ical("Leaders: " + leaders)));
            }
            w.write(fold("URL:" + base + "/api/v1/summits/" + rs.getString("id")));
            w.write("END:VEVENT\r\n");
        }
        w.write("END:VCALENDAR\r\n");
        w.flush();
    }

    private static List<String> leaders(String json) throws IOException {
        List<String> names = new ArrayList<>();
        DocumentEvents.mapper().readTree(json == null ? "[]" : json).forEach(n -> names.add(n.asText()));
        return names;
    }

    /** RFC 5545 text: escape backslashes, commas, semicolons and line breaks. */
    static String ical(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 sequence
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        return out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n").toString();
    }
}
