package org.tashawur.report;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.tashawur.base.i18n.TranslationProvider;
import org.tashawur.base.ui.Formats;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.followup.CommitmentInfo;
import org.tashawur.followup.FollowUpRow;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemSummary;

/**
 * A meeting's report as an HTML document in the reader's language: the meeting, participants per
 * stakeholder group, then per theme its expectations and proposals with supports, dots and the
 * official answers. Every user text is set as text (jsoup escapes it), never as markup.
 */
@Component
class ReportHtml {

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: counter(page); font-size: 9pt; color: #666; } }
            body { font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
            h1 { font-size: 19pt; margin: 0 0 2mm; color: #0b5d4b; }
            h2 { font-size: 14pt; margin: 7mm 0 2mm; color: #0b5d4b; border-bottom: 1px solid #b9d3cc; }
            h3 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
            .meta { color: #555; margin: 0 0 4mm; }
            table { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
            th, td { border: 1px solid #c9d2cf; padding: 1.5mm 2mm; vertical-align: top; text-align: start; }
            th { background: #e8f1ee; font-weight: 700; }
            td.n, th.n { text-align: center; width: 16mm; }
            .details { color: #444; font-size: 9.5pt; }
            .answer { font-size: 9.5pt; }
            .status { font-weight: 700; }
            .total td { font-weight: 700; }
            .footer { margin-top: 8mm; color: #777; font-size: 8.5pt; }
            """;

    private final TranslationProvider translations;
    private final Clock clock;

    ReportHtml(TranslationProvider translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    Document of(MeetingReport report, Locale locale) {
        boolean rtl = "ar".equals(locale.getLanguage());
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        Element html = doc.selectFirst("html");
        html.attr("lang", locale.getLanguage()).attr("dir", rtl ? "rtl" : "ltr");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("style").appendText(CSS + "body { font-family: "
                + (rtl ? "'Noto Naskh Arabic', 'Noto Sans'" : "'Noto Sans', 'Noto Naskh Arabic'") + "; direction: "
                + (rtl ? "rtl" : "ltr") + "; }");
        MeetingInfo meeting = report.meeting();
        Element body = doc.body();
        body.appendElement("h1").text(t(locale, "report.heading", meeting.region().in(locale)));
        String place = meeting.place() == null ? "" : " · " + meeting.place();
        body.appendElement("p").addClass("meta").text(meeting.consultationTitle().in(locale) + " · "
                + Formats.date(meeting.heldOn(), locale) + place + " · "
                + t(locale, "phase.label", t(locale, meeting.phase().messageKey())));

        body.appendElement("h2").text(t(locale, "report.participants", report.participantCount()));
        Element groups = body.appendElement("table");
        Element head = groups.appendElement("tr");
        head.appendElement("th").text(t(locale, "report.group"));
        head.appendElement("th").addClass("n").text(t(locale, "report.count"));
        for (StakeholderGroup group : StakeholderGroup.values()) {
            Element row = groups.appendElement("tr");
            row.appendElement("td").text(t(locale, group.messageKey()));
            row.appendElement("td").addClass("n").text(Long.toString(report.participants().get(group)));
        }

        for (MeetingReport.Section section : report.sections()) {
            body.appendElement("h2").text(section.theme() == null ? t(locale, "theme.none")
                    : section.theme().name().in(locale));
            for (ItemKind kind : ItemKind.values()) {
                List<ItemSummary> items = section.items().stream().filter(i -> i.kind() == kind).toList();
                if (!items.isEmpty()) {
                    body.appendElement("h3").text(t(locale, "part." + kind.name(), items.size()));
                    itemsTable(body, items, kind, locale);
                }
            }
        }
        if (report.sections().isEmpty()) {
            body.appendElement("p").text(t(locale, "report.noItems"));
        }
        commitments(body, report, locale);
        body.appendElement("p").addClass("footer").text(t(locale, "report.generated",
                Formats.dateTime(clock.instant(), locale)));
        return doc;
    }

    private void commitments(Element body, MeetingReport report, Locale locale) {
        body.appendElement("h2").text(t(locale, "report.commitments", report.commitments().size()));
        if (report.commitments().isEmpty()) {
            body.appendElement("p").text(t(locale, "followup.noneRetained"));
            return;
        }
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        for (String key : new String[] {"field.TITLE", "report.col.responsible", "commitment.partners",
            "commitment.dueOn", "commitment.status", "commitment.progress"}) {
            head.appendElement("th").text(t(locale, key));
        }
        for (FollowUpRow row : report.commitments()) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").attr("dir", "auto").text(row.proposal().title());
            CommitmentInfo c = row.commitment();
            if (c == null) {
                tr.appendElement("td").attr("colspan", "5").text(t(locale, "commitment.none"));
                continue;
            }
            tr.appendElement("td").attr("dir", "auto").text(c.responsible());
            tr.appendElement("td").attr("dir", "auto").text(c.partners());
            tr.appendElement("td").text(c.dueOn() == null ? "" : Formats.date(c.dueOn(), locale));
            tr.appendElement("td").text(t(locale, c.status().messageKey()));
            tr.appendElement("td").addClass("n").text(c.progress() + " %");
        }
    }

    private void itemsTable(Element body, List<ItemSummary> items, ItemKind kind, Locale locale) {
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        head.appendElement("th").text(t(locale, "field.TITLE"));
        head.appendElement("th").text(t(locale, "report.group"));
        head.appendElement("th").addClass("n").text(t(locale, "report.col.supports"));
        head.appendElement("th").addClass("n").text(t(locale, "report.col.dots"));
        if (kind == ItemKind.PROPOSAL) {
            head.appendElement("th").text(t(locale, "answer.heading"));
        }
        for (ItemSummary item : items) {
            Element row = table.appendElement("tr");
            Element title = row.appendElement("td");
            title.appendElement("div").attr("dir", "auto").text(item.title());
            if (!item.details().isEmpty()) {
                title.appendElement("div").addClass("details").attr("dir", "auto").text(item.details());
            }
            if (item.merged() > 0) {
                title.appendElement("div").addClass("details").text(t(locale, "merge.count", item.merged()));
            }
            row.appendElement("td").text(t(locale, item.authorGroup().messageKey()));
            row.appendElement("td").addClass("n").text(Integer.toString(item.supports()));
            row.appendElement("td").addClass("n").text(Integer.toString(item.dots()));
            if (kind == ItemKind.PROPOSAL) {
                Element answer = row.appendElement("td").addClass("answer");
                answer.appendElement("div").addClass("status").text(t(locale, item.answerStatus().messageKey()));
                if (item.answerStatus() != AnswerStatus.NOT_ANSWERED && !item.answerText().isEmpty()) {
                    answer.appendElement("div").attr("dir", "auto").text(item.answerText());
                }
            }
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
