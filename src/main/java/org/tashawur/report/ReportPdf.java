package org.tashawur.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Renders a report's HTML to PDF with openhtmltopdf: ICU's bidi algorithm orders mixed Arabic
 * and Latin text, ICU's shaper joins Arabic letters, and the shipped Noto fonts (OFL, in
 * {@code resources/fonts}) cover Arabic and Latin, so the PDF looks the same on every machine.
 */
@Component
class ReportPdf {

    private static final String[][] FONTS = {
        {"NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400"},
        {"NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700"},
        {"NotoSans-Regular.ttf", "Noto Sans", "400"},
        {"NotoSans-Bold.ttf", "Noto Sans", "700"},
    };

    private final ReportHtml html;

    ReportPdf(ReportHtml html) {
        this.html = html;
    }

    byte[] render(MeetingReport report, Locale locale) {
        return renderDocument(html.of(report, locale), locale);
    }

    byte[] renderDocument(org.jsoup.nodes.Document document, Locale locale) {
        // openhtmltopdf's bidi splitter finds no run in an empty text node and fails on it (an
        // empty cell: a commitment without a due date); an empty node shows nothing anyway.
        for (org.jsoup.nodes.Element element : document.getAllElements()) {
            element.textNodes().stream().filter(t -> t.getWholeText().isEmpty()).toList()
                    .forEach(org.jsoup.nodes.Node::remove);
        }
        boolean rtl = "ar".equals(locale.getLanguage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(rtl ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
            for (String[] font : FONTS) {
                builder.useFont(() -> stream(font[0]), font[1], Integer.valueOf(font[2]),
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream stream(String font) {
        InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + font);
        if (in == null) {
            throw new IllegalStateException("font missing from the build: " + font);
        }
        return in;
    }
}
