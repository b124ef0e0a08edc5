package org.tashawur.transfer;

import java.util.List;
import java.util.Map;

/**
 * One table of a meeting's export: which rows belong to the meeting ({@code where}, with the
 * meeting id as its only parameter), which columns point at rows of other tables (remapped to the
 * new ids on import), and which are left out (secrets and per-instance values).
 */
record TableSpec(String table, String key, String where, Map<String, String> references, List<String> dropped) {

    /** The tables in the order an import must insert them, each after the tables it points at. */
    static final List<TableSpec> MEETING = List.of(
            new TableSpec("participant", "id", "meeting_id = ?", Map.of("meeting_id", "meeting"),
                    List.of("rejoin_token_hash")),
            new TableSpec("item", "id", "meeting_id = ?", Map.of("meeting_id", "meeting", "theme_id", "theme",
                    "author_participant_id", "participant", "merged_into", "item"), List.of()),
            new TableSpec("item_revision", "id", "item_id in (select id from item where meeting_id = ?)",
                    Map.of("item_id", "item", "actor_participant_id", "participant"), List.of()),
            new TableSpec("item_support", "", "item_id in (select id from item where meeting_id = ?)",
                    Map.of("item_id", "item", "participant_id", "participant"), List.of()),
            new TableSpec("dot_vote", "", "item_id in (select id from item where meeting_id = ?)",
                    Map.of("item_id", "item", "participant_id", "participant"), List.of()),
            new TableSpec("item_report", "", "item_id in (select id from item where meeting_id = ?)",
                    Map.of("item_id", "item", "participant_id", "participant"), List.of()),
            new TableSpec("item_comment", "id", "item_id in (select id from item where meeting_id = ?)",
                    Map.of("item_id", "item", "participant_id", "participant"), List.of()),
            new TableSpec("item_merge", "id", "target_id in (select id from item where meeting_id = ?)",
                    Map.of("target_id", "item", "source_id", "item"), List.of()),
            new TableSpec("item_merge_support", "",
                    "merge_id in (select m.id from item_merge m join item i on i.id = m.target_id where i.meeting_id = ?)",
                    Map.of("merge_id", "item_merge", "participant_id", "participant"), List.of()),
            new TableSpec("commitment", "id", "meeting_id = ?", Map.of("item_id", "item", "meeting_id", "meeting"),
                    List.of()),
            new TableSpec("commitment_update", "id",
                    "commitment_id in (select id from commitment where meeting_id = ?)",
                    Map.of("commitment_id", "commitment"), List.of()),
            new TableSpec("audit_entry", "id", "meeting_id = ?", Map.of("meeting_id", "meeting"), List.of()));
}
