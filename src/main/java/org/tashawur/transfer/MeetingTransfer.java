package org.tashawur.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.security.CurrentUser;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.Phase;

/**
 * A whole meeting as one JSON document, and back into this or another instance: its consultation
 * and themes (matched by code on import), the meeting, participants, items with every revision,
 * supports, dots, reports, comments, merges, commitments with their timelines, and the audit log.
 * Both directions work on the tables themselves, in one transaction, so that the copy holds every
 * column as stored (counts, versions, times) and a new column is carried without code. Ids are
 * the source's; an import gives every row a new id and points every reference at it. Rejoin keys
 * and join codes stay behind: a guest's browser belongs to the source instance.
 */
@Service
public class MeetingTransfer {

    static final int FORMAT = 1;
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MeetingAccess access;

    MeetingTransfer(JdbcTemplate jdbc, ObjectMapper json, MeetingAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
    }

    /** @throws NotAllowedException for anyone but facilitators, reviewers and administrators */
    @Transactional(readOnly = true)
    public byte[] export(long meetingId) {
        access.check(Operation.READ_REPORTS, Phase.CLOSED, false);
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("application", "tashawur");
        List<ObjectNode> meeting = rows("select * from meeting where id = ?", meetingId, List.of("join_code"));
        if (meeting.isEmpty()) {
            throw new InvalidInputException("validation.meeting.unknown");
        }
        long consultationId = meeting.get(0).get("consultation_id").asLong();
        root.set("consultation", rows("select * from consultation where id = ?", consultationId, List.of()).get(0));
        root.set("themes", array(rows("select * from theme where consultation_id = ? order by position, id",
                consultationId, List.of())));
        root.set("meeting", meeting.get(0));
        ObjectNode tables = root.putObject("tables");
        for (TableSpec spec : TableSpec.MEETING) {
            String order = spec.key().isEmpty() ? String.join(", ", spec.references().keySet().stream().sorted().toList())
                    : spec.key();
            tables.set(spec.table(), array(rows("select * from " + spec.table() + " where " + spec.where()
                    + " order by " + order, meetingId, spec.dropped())));
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Imports a meeting exported by {@link #export}: administrators only. The consultation and
     * themes are reused when this instance has them (same codes); the meeting is always new (its
     * code gets a suffix if taken).
     *
     * @return the new meeting's id
     * @throws InvalidInputException for a file that is not a Tashawur meeting export
     */
    @Transactional(rollbackFor = Exception.class)
    public long importMeeting(byte[] document) {
        try {
            return importChecked(document);
        } catch (DataAccessException e) {
            // A column or value this database refuses: the whole import is rolled back.
            throw new InvalidInputException("transfer.notAnExport");
        }
    }

    private long importChecked(byte[] document) {
        if (!CurrentUser.hasRole(MeetingAccess.Roles.ADMIN)) {
            throw new NotAllowedException("access.adminsOnly");
        }
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (IOException e) {
            throw new InvalidInputException("transfer.notJson");
        }
        if (root == null || !"tashawur".equals(root.path("application").asText()) || root.path("format").asInt() != FORMAT
                || !root.path("meeting").isObject() || !root.path("tables").isObject()) {
            throw new InvalidInputException("transfer.notAnExport");
        }
        Map<String, Map<Long, Long>> ids = new HashMap<>();
        long consultation = consultation((ObjectNode) root.get("consultation"));
        ids.computeIfAbsent("consultation", k -> new HashMap<>()).put(root.get("consultation").get("id").asLong(),
                consultation);
        for (JsonNode theme : root.path("themes")) {
            ids.computeIfAbsent("theme", k -> new HashMap<>()).put(theme.get("id").asLong(),
                    theme(consultation, (ObjectNode) theme));
        }
        ObjectNode meeting = ((ObjectNode) root.get("meeting")).deepCopy();
        meeting.put("code", freeCode(meeting.get("code").asText()));
        Long discussing = meeting.hasNonNull("discussing_item_id") ? meeting.get("discussing_item_id").asLong() : null;
        meeting.putNull("discussing_item_id");
        long newMeeting = insert("meeting", "id", meeting, Map.of("consultation_id", "consultation"), ids);
        ids.computeIfAbsent("meeting", k -> new HashMap<>()).put(meeting.get("id").asLong(), newMeeting);

        List<ObjectNode> mergedInto = new ArrayList<>();
        for (TableSpec spec : TableSpec.MEETING) {
            for (JsonNode row : root.path("tables").path(spec.table())) {
                ObjectNode copy = ((ObjectNode) row).deepCopy();
                if (spec.table().equals("item") && copy.hasNonNull("merged_into")) {
                    mergedInto.add(copy.deepCopy());
                    copy.putNull("merged_into"); // points at an item maybe not inserted yet
                }
                long newId = insert(spec.table(), spec.key(), copy, spec.references(), ids);
                if (!spec.key().isEmpty()) {
                    ids.computeIfAbsent(spec.table(), k -> new HashMap<>()).put(row.get(spec.key()).asLong(), newId);
                }
            }
        }
        for (ObjectNode item : mergedInto) {
            jdbc.update("update item set merged_into = ? where id = ?", mapped(ids, "item", item.get("merged_into").asLong()),
                    mapped(ids, "item", item.get("id").asLong()));
        }
        if (discussing != null) {
            jdbc.update("update meeting set discussing_item_id = ? where id = ?", mapped(ids, "item", discussing), newMeeting);
        }
        return newMeeting;
    }

    private long consultation(ObjectNode consultation) {
        List<Long> found = jdbc.queryForList("select id from consultation where code = ?", Long.class,
                consultation.get("code").asText());
        return found.isEmpty() ? insert("consultation", "id", consultation.deepCopy(), Map.of(), Map.of()) : found.get(0);
    }

    private long theme(long consultation, ObjectNode theme) {
        List<Long> found = jdbc.queryForList("select id from theme where consultation_id = ? and code = ?", Long.class,
                consultation, theme.get("code").asText());
        if (!found.isEmpty()) {
            return found.get(0);
        }
        ObjectNode copy = theme.deepCopy();
        copy.put("consultation_id", consultation);
        return insert("theme", "id", copy, Map.of(), Map.of());
    }

    private String freeCode(String code) {
        String candidate = code;
        for (int n = 2; jdbc.queryForObject("select count(*) from meeting where code = ?", Long.class, candidate) > 0; n++) {
            candidate = code + "-" + n;
        }
        return candidate;
    }

    /** Inserts a row with its references remapped; returns the new generated id (0 for tables without one). */
    private long insert(String table, String key, ObjectNode row, Map<String, String> references,
            Map<String, Map<Long, Long>> ids) {
        List<String> columns = new ArrayList<>();
        List<@Nullable Object> values = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(key)) {
                continue;
            }
            if (!COLUMN.matcher(field.getKey()).matches()) {
                // Column names come from the file and go into SQL: only plain names pass.
                throw new InvalidInputException("transfer.notAnExport");
            }
            columns.add(field.getKey());
            JsonNode value = field.getValue();
            String target = references.get(field.getKey());
            values.add(value.isNull() ? null : target != null ? mapped(ids, target, value.asLong()) : plain(value));
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        if (key.isEmpty()) {
            jdbc.update(sql, values.toArray());
            return 0;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {key});
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        }, keys);
        Number generated = keys.getKey();
        if (generated == null) {
            throw new IllegalStateException("no id generated for " + table);
        }
        return generated.longValue();
    }

    private static long mapped(Map<String, Map<Long, Long>> ids, String table, long sourceId) {
        Long id = ids.getOrDefault(table, Map.of()).get(sourceId);
        if (id == null) {
            throw new InvalidInputException("transfer.brokenReference");
        }
        return id;
    }

    private static @Nullable Object plain(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.asText();
    }

    private List<ObjectNode> rows(String sql, long parameter, List<String> dropped) {
        return jdbc.query(sql, (rs, n) -> {
            ResultSetMetaData meta = rs.getMetaData();
            ObjectNode row = json.createObjectNode();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                if (dropped.contains(column)) {
                    continue;
                }
                Object value = rs.getObject(c);
                if (value == null) {
                    row.putNull(column);
                } else if (value instanceof Timestamp timestamp) {
                    row.put(column, TIMESTAMP.format(timestamp.toLocalDateTime()));
                } else if (value instanceof LocalDateTime dateTime) {
                    row.put(column, TIMESTAMP.format(dateTime));
                } else if (value instanceof Date date) {
                    row.put(column, date.toLocalDate().toString());
                } else if (value instanceof LocalDate date) {
                    row.put(column, date.toString());
                } else if (value instanceof Boolean bool) {
                    row.put(column, bool);
                } else if (value instanceof BigDecimal decimal) {
                    row.put(column, decimal);
                } else if (value instanceof Number number) {
                    row.put(column, number.longValue());
                } else {
                    row.put(column, value.toString());
                }
            }
            return row;
        }, parameter);
    }

    private ArrayNode array(List<ObjectNode> rows) {
        ArrayNode array = json.createArrayNode();
        rows.forEach(array::add);
        return array;
    }

    /** The document with every id and reference replaced by its row's position: what two copies share. */
    static JsonNode canonical(JsonNode export) {
        ObjectNode copy = export.deepCopy();
        Map<String, Map<Long, Integer>> positions = new LinkedHashMap<>();
        positions.put("meeting", Map.of(copy.get("meeting").get("id").asLong(), 0));
        positions.put("consultation", Map.of(copy.get("consultation").get("id").asLong(), 0));
        Map<Long, Integer> themes = new HashMap<>();
        int t = 0;
        for (JsonNode theme : copy.path("themes")) {
            themes.put(theme.get("id").asLong(), t++);
        }
        positions.put("theme", themes);
        for (TableSpec spec : TableSpec.MEETING) {
            if (!spec.key().isEmpty()) {
                Map<Long, Integer> rows = new HashMap<>();
                int i = 0;
                for (JsonNode row : copy.path("tables").path(spec.table())) {
                    rows.put(row.get(spec.key()).asLong(), i++);
                }
                positions.put(spec.table(), rows);
            }
        }
        ((ObjectNode) copy.get("meeting")).remove(List.of("id", "code", "consultation_id"));
        if (copy.get("meeting").hasNonNull("discussing_item_id")) {
            ((ObjectNode) copy.get("meeting")).put("discussing_item_id",
                    positions.get("item").get(copy.get("meeting").get("discussing_item_id").asLong()));
        }
        ((ObjectNode) copy.get("consultation")).remove("id");
        for (JsonNode theme : copy.path("themes")) {
            ((ObjectNode) theme).remove(List.of("id", "consultation_id"));
        }
        for (TableSpec spec : TableSpec.MEETING) {
            for (JsonNode row : copy.path("tables").path(spec.table())) {
                ObjectNode node = (ObjectNode) row;
                if (!spec.key().isEmpty()) {
                    node.put(spec.key(), positions.get(spec.table()).get(node.get(spec.key()).asLong()));
                }
                spec.references().forEach((column, target) -> {
                    if (node.hasNonNull(column)) {
                        node.put(column, positions.get(target).get(node.get(column).asLong()));
                    }
                });
            }
        }
        return copy;
    }
}
