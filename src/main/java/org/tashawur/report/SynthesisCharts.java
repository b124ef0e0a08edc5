package org.tashawur.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import org.tashawur.base.i18n.TranslationProvider;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.consultation.ThemeInfo;

/**
 * The synthesis' charts, drawn on the server by JFreeChart as PNG (the page cannot take a
 * JavaScript chart library): items per theme and region, and per stakeholder group. Labels use the
 * shipped Noto fonts (Naskh for Arabic, Sans for Latin), so Arabic is shaped and joined by
 * Java2D whatever fonts the machine has.
 */
@Component
class SynthesisCharts {

    private static final Color[] PALETTE = {new Color(0x0b5d4b), new Color(0xc9a227), new Color(0x3f7cac),
        new Color(0xb3261e), new Color(0x6a4c93), new Color(0x2a9d8f), new Color(0xe76f51), new Color(0x8d99ae),
        new Color(0x588157), new Color(0x9c6644), new Color(0x264653), new Color(0xf4a261)};

    private final TranslationProvider translations;
    private final Font arabic;
    private final Font latin;

    SynthesisCharts(TranslationProvider translations) {
        this.translations = translations;
        this.arabic = load("NotoNaskhArabic-Regular.ttf");
        this.latin = load("NotoSans-Regular.ttf");
    }

    byte[] themesByRegion(Synthesis synthesis, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MeetingInfo meeting : synthesis.meetings()) {
            for (ThemeInfo theme : synthesis.themes()) {
                data.addValue(synthesis.count(theme.id(), meeting.id()), meeting.region().in(locale), theme.name().in(locale));
            }
            data.addValue(synthesis.count(null, meeting.id()), meeting.region().in(locale),
                    t(locale, "theme.none"));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(t(locale, "synthesis.chart.themes"), null,
                t(locale, "synthesis.chart.items"), data, PlotOrientation.HORIZONTAL, true, false, false);
        return png(chart, locale, 900, 520);
    }

    byte[] groups(Synthesis synthesis, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StakeholderGroup group : StakeholderGroup.values()) {
            String label = t(locale, group.messageKey());
            data.addValue(synthesis.participantsByGroup().get(group), t(locale, "synthesis.chart.participants"), label);
            data.addValue(synthesis.itemsByGroup().get(group), t(locale, "synthesis.chart.items"), label);
        }
        JFreeChart chart = ChartFactory.createBarChart(t(locale, "synthesis.chart.groups"), null, null, data,
                PlotOrientation.HORIZONTAL, true, false, false);
        return png(chart, locale, 900, 520);
    }

    private byte[] png(JFreeChart chart, Locale locale, int width, int height) {
        boolean rtl = "ar".equals(locale.getLanguage());
        Font text = rtl ? arabic : latin;
        StandardChartTheme theme = new StandardChartTheme("tashawur");
        theme.setExtraLargeFont(text.deriveFont(Font.BOLD, 18f));
        theme.setLargeFont(text.deriveFont(14f));
        theme.setRegularFont(text.deriveFont(13f));
        theme.setSmallFont(text.deriveFont(11f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setTickLabelFont(latin.deriveFont(11f));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        if (rtl) {
            plot.getRangeAxis().setInverted(true);
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
            plot.setDomainAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static Font load(String file) {
        try (InputStream in = SynthesisCharts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
