package org.tashawur.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.tashawur.base.i18n.TranslationProvider;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.followup.CommitmentInfo;
import org.tashawur.followup.FollowUpRow;
import org.tashawur.workspace.ItemSummary;

/**
 * A meeting's items as a table, one row per item, in the reader's language: CSV (Apache Commons
 * CSV, UTF-8 with a byte order mark so spreadsheet programs read Arabic right) and XLSX (Apache
 * POI; right-to-left sheets for Arabic readers, numbers as numbers).
 */
@Component
class ReportTables {

    private static final String[] COLUMNS = {"report.col.id", "report.col.kind", "report.col.theme",
        "field.TITLE", "field.DETAILS", "report.col.author", "report.group", "report.col.supports",
        "report.col.dots", "report.col.comments", "answer.status", "answer.text", "report.col.created"};

    private final TranslationProvider translations;

    ReportTables(TranslationProvider translations) {
        this.translations = translations;
    }

    byte[] csv(MeetingReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().get())) {
            writer.write('\uFEFF');
            csv.printRecord(headers(locale));
            Map<Long, String> themes = themes(report, locale);
            for (ItemSummary item : report.items()) {
                csv.printRecord(row(item, themes, locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(MeetingReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            boolean rtl = "ar".equals(locale.getLanguage());

            Sheet items = workbook.createSheet(t(locale, "report.sheet.items"));
            items.setRightToLeft(rtl);
            Row head = items.createRow(0);
            List<String> headers = headers(locale);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            Map<Long, String> themes = themes(report, locale);
            for (ItemSummary item : report.items()) {
                Row row = items.createRow(r++);
                List<Object> values = row(item, themes, locale);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            items.createFreezePane(0, 1);
            int[] widths = {8, 14, 28, 40, 60, 20, 28, 10, 10, 12, 18, 50, 20};
            for (int c = 0; c < widths.length; c++) {
                items.setColumnWidth(c, widths[c] * 256);
            }

            Sheet people = workbook.createSheet(t(locale, "report.sheet.participants"));
            people.setRightToLeft(rtl);
            Row peopleHead = people.createRow(0);
            peopleHead.createCell(0).setCellValue(t(locale, "report.group"));
            peopleHead.createCell(1).setCellValue(t(locale, "report.count"));
            peopleHead.getCell(0).setCellStyle(bold);
            peopleHead.getCell(1).setCellStyle(bold);
            int p = 1;
            for (StakeholderGroup group : StakeholderGroup.values()) {
                Row row = people.createRow(p++);
                row.createCell(0).setCellValue(t(locale, group.messageKey()));
                row.createCell(1).setCellValue(report.participants().get(group));
            }
            people.setColumnWidth(0, 50 * 256);

            Sheet follow = workbook.createSheet(t(locale, "report.sheet.commitments"));
            follow.setRightToLeft(rtl);
            Row followHead = follow.createRow(0);
            String[] keys = {"report.col.id", "field.TITLE", "report.col.responsible", "commitment.partners",
                "commitment.dueOn", "commitment.status", "commitment.progress"};
            for (int c = 0; c < keys.length; c++) {
                followHead.createCell(c).setCellValue(t(locale, keys[c]));
                followHead.getCell(c).setCellStyle(bold);
            }
            int f = 1;
            for (FollowUpRow entry : report.commitments()) {
                Row row = follow.createRow(f++);
                row.createCell(0).setCellValue(entry.proposal().id());
                row.createCell(1).setCellValue(entry.proposal().title());
                CommitmentInfo c = entry.commitment();
                if (c != null) {
                    row.createCell(2).setCellValue(c.responsible());
                    row.createCell(3).setCellValue(c.partners());
                    row.createCell(4).setCellValue(c.dueOn() == null ? "" : c.dueOn().toString());
                    row.createCell(5).setCellValue(t(locale, c.status().messageKey()));
                    row.createCell(6).setCellValue(c.progress());
                }
            }
            follow.setColumnWidth(1, 50 * 256);
            follow.setColumnWidth(2, 30 * 256);
            follow.setColumnWidth(3, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Theme names by id, in the reader's language. */
    private static Map<Long, String> themes(MeetingReport report, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        report.sections().stream().filter(s -> s.theme() != null)
                .forEach(s -> names.put(s.theme().id(), s.theme().name().in(locale)));
        return names;
    }

    private List<String> headers(Locale locale) {
        return Arrays.stream(COLUMNS).map(key -> t(locale, key)).toList();
    }

    private List<Object> row(ItemSummary item, Map<Long, String> themes, Locale locale) {
        String theme = item.themeId() == null ? "" : themes.getOrDefault(item.themeId(), "");
        return List.of(item.id(), t(locale, item.kind().messageKey()), theme, item.title(), item.details(),
                item.authorName(), t(locale, item.authorGroup().messageKey()), item.supports(), item.dots(),
                item.comments(), t(locale, item.answerStatus().messageKey()), item.answerText(),
                org.tashawur.base.ui.Formats.dateTime(item.createdAt(), locale));
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
