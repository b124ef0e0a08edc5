package org.tashawur.report;

import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.tashawur.base.i18n.TranslationProvider;
import org.tashawur.base.ui.Formats;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.consultation.ThemeInfo;

/** The consultation report: the synthesis as HTML, with its charts as images, for the PDF. */
@Component
class SynthesisHtml {

    private final TranslationProvider translations;
    private final Clock clock;

    SynthesisHtml(TranslationProvider translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    Document of(Synthesis synthesis, Locale locale, SynthesisCharts charts) {
        boolean rtl = "ar".equals(locale.getLanguage());
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", locale.getLanguage()).attr("dir", rtl ? "rtl" : "ltr");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("style").appendText("""
                @page { size: A4 landscape; margin: 14mm; @bottom-center { content: counter(page); font-size: 9pt; color: #666; } }
                body { font-size: 10pt; line-height: 1.4; }
                h1 { font-size: 18pt; color: #0b5d4b; margin: 0 0 3mm; }
                h2 { font-size: 13pt; color: #0b5d4b; border-bottom: 1px solid #b9d3cc; margin: 6mm 0 2mm; }
                table { width: 100%; border-collapse: collapse; }
                th, td { border: 1px solid #c9d2cf; padding: 1.2mm 1.8mm; text-align: start; vertical-align: top; }
                th { background: #e8f1ee; }
                td.n, th.n { text-align: center; }
                img.chart { width: 100%; }
                table.recurring { margin-bottom: 3mm; }
                .small { font-size: 8.5pt; color: #555; }
                """ + "body { font-family: " + (rtl ? "'Noto Naskh Arabic', 'Noto Sans'" : "'Noto Sans', 'Noto Naskh Arabic'")
                + "; direction: " + (rtl ? "rtl" : "ltr") + "; }");
        Element body = doc.body();
        body.appendElement("h1").text(t(locale, "synthesis.heading", synthesis.title().in(locale)));
        body.appendElement("p").addClass("small").text(t(locale, "synthesis.summary", synthesis.meetings().size(),
                synthesis.total()));

        body.appendElement("h2").text(t(locale, "synthesis.byThemeAndRegion"));
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        head.appendElement("th").text(t(locale, "field.THEME"));
        for (MeetingInfo meeting : synthesis.meetings()) {
            head.appendElement("th").addClass("n").text(meeting.region().in(locale));
        }
        for (ThemeInfo theme : synthesis.themes()) {
            row(table, theme.name().in(locale), theme.id(), synthesis);
        }
        row(table, t(locale, "theme.none"), null, synthesis);
        body.appendElement("img").addClass("chart").attr("src", dataUri(charts.themesByRegion(synthesis, locale)));

        body.appendElement("h2").text(t(locale, "synthesis.byGroup"));
        Element groups = body.appendElement("table");
        Element groupHead = groups.appendElement("tr");
        groupHead.appendElement("th").text(t(locale, "report.group"));
        groupHead.appendElement("th").addClass("n").text(t(locale, "synthesis.chart.participants"));
        groupHead.appendElement("th").addClass("n").text(t(locale, "synthesis.chart.items"));
        for (StakeholderGroup group : StakeholderGroup.values()) {
            Element tr = groups.appendElement("tr");
            tr.appendElement("td").text(t(locale, group.messageKey()));
            tr.appendElement("td").addClass("n").text(Long.toString(synthesis.participantsByGroup().get(group)));
            tr.appendElement("td").addClass("n").text(Long.toString(synthesis.itemsByGroup().get(group)));
        }
        body.appendElement("img").addClass("chart").attr("src", dataUri(charts.groups(synthesis, locale)));

        body.appendElement("h2").text(t(locale, "synthesis.top"));
        Element top = body.appendElement("table");
        Element topHead = top.appendElement("tr");
        topHead.appendElement("th").text(t(locale, "field.TITLE"));
        topHead.appendElement("th").text(t(locale, "admin.region"));
        topHead.appendElement("th").addClass("n").text(t(locale, "report.col.supports"));
        topHead.appendElement("th").addClass("n").text(t(locale, "report.col.dots"));
        topHead.appendElement("th").text(t(locale, "answer.status"));
        for (Synthesis.Placed placed : synthesis.topProposals()) {
            Element tr = top.appendElement("tr");
            tr.appendElement("td").attr("dir", "auto").text(placed.item().title());
            tr.appendElement("td").text(placed.meeting().region().in(locale));
            tr.appendElement("td").addClass("n").text(Integer.toString(placed.item().supports()));
            tr.appendElement("td").addClass("n").text(Integer.toString(placed.item().dots()));
            tr.appendElement("td").text(t(locale, placed.item().answerStatus().messageKey()));
        }

        body.appendElement("h2").text(t(locale, "synthesis.recurring"));
        body.appendElement("p").addClass("small").text(t(locale, "synthesis.recurringHow"));
        if (synthesis.recurring().isEmpty()) {
            body.appendElement("p").text(t(locale, "synthesis.noRecurring"));
        }
        for (Synthesis.Recurring group : synthesis.recurring()) {
            Element block = body.appendElement("table").addClass("recurring");
            Element groupRow = block.appendElement("tr");
            groupRow.appendElement("th").attr("dir", "auto").text(group.representative().title());
            groupRow.appendElement("th").addClass("n").text(t(locale, "synthesis.regions", group.regions()));
            for (Synthesis.Placed member : group.members()) {
                Element tr = block.appendElement("tr");
                tr.appendElement("td").attr("dir", "auto").text(member.item().title());
                tr.appendElement("td").text(member.meeting().region().in(locale));
            }
        }
        body.appendElement("p").addClass("small").text(t(locale, "report.generated",
                Formats.dateTime(clock.instant(), locale)));
        return doc;
    }

    private static void row(Element table, String label, @org.jspecify.annotations.Nullable Long themeId,
            Synthesis synthesis) {
        Element tr = table.appendElement("tr");
        tr.appendElement("td").text(label);
        for (MeetingInfo meeting : synthesis.meetings()) {
            tr.appendElement("td").addClass("n").text(Long.toString(synthesis.count(themeId, meeting.id())));
        }
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
