package org.tashawur.demo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tashawur.account.AccountService;
import org.tashawur.account.Role;
import org.tashawur.base.EmbeddedDatabaseMarker;
import org.tashawur.base.LocalizedText;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;

/**
 * The social pole consultation of December 2021 - January 2022 with its regional meetings and a
 * few items drawn from the Marrakech-Safi meeting's report. Loaded once, on the embedded
 * database unless told otherwise ({@code tashawur.demo-data}); never twice.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    static final String CONSULTATION = "social-pole-2021-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ConsultationService consultations;
    private final ParticipantService participants;
    private final ItemService items;
    private final AccountService accounts;
    private final boolean enabled;

    DemoData(ConsultationService consultations, ParticipantService participants, ItemService items,
            AccountService accounts,
            @Value("${tashawur.demo-data:auto}") String setting,
            ObjectProvider<EmbeddedDatabaseMarker> embedded) {
        this.consultations = consultations;
        this.participants = participants;
        this.items = items;
        this.accounts = accounts;
        this.enabled = "true".equals(setting) || ("auto".equals(setting) && embedded.getIfAvailable() != null);
    }

    /** The demo accounts, documented in the README; never created outside the demo. */
    static final String[][] ACCOUNTS = {
        {"admin", "tashawur-admin", "مدير المنصة", "ADMIN"},
        {"animateur", "tashawur-animateur", "Nadia El Idrissi", "FACILITATOR"},
        {"suivi", "tashawur-suivi", "Hicham Benali", "REVIEWER"},
    };

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (!accounts.hasAccounts()) {
            for (String[] a : ACCOUNTS) {
                accounts.create(a[0], a[1], a[2], Role.valueOf(a[3]));
            }
        }
        if (consultations.exists(CONSULTATION)) {
            return;
        }
        log.info("Loading the demo consultation");
        long consultation = consultations.createConsultation(CONSULTATION, new LocalizedText(
                "استراتيجية القطب الاجتماعي 2021-2026",
                "Stratégie du pôle social 2021-2026",
                "Social pole strategy 2021-2026"), LocalDate.of(2021, 12, 18), LocalDate.of(2022, 1, 15));
        Themes themes = Themes.create(consultations, consultation);
        long marrakech = meeting(consultation, "marrakech-safi", "مراكش آسفي", "Marrakech-Safi",
                "مقر جهة مراكش آسفي", LocalDate.of(2022, 1, 5));
        meeting(consultation, "oriental", "الشرق", "L’Oriental", "وجدة", LocalDate.of(2021, 12, 20));
        meeting(consultation, "fes-meknes", "فاس مكناس", "Fès-Meknès", "فاس", LocalDate.of(2021, 12, 23));
        meeting(consultation, "souss-massa", "سوس ماسة", "Souss-Massa", "أكادير", LocalDate.of(2021, 12, 28));
        meeting(consultation, "casablanca-settat", "الدار البيضاء سطات", "Casablanca-Settat", "الدار البيضاء",
                LocalDate.of(2022, 1, 11));
        seedMarrakech(marrakech, themes);
    }

    private long meeting(long consultation, String code, String ar, String fr, String place, LocalDate on) {
        return consultations.addMeeting(consultation, code, new LocalizedText(ar, fr, fr), place, on);
    }

    private void seedMarrakech(long meeting, Themes themes) {
        ParticipantRef council = participants.join(meeting, "فاطمة الزهراء", "مجلس جهة مراكش آسفي",
                StakeholderGroup.COUNCILS);
        ParticipantRef association = participants.join(meeting, "Youssef B.", "Association Al Amal Marrakech",
                StakeholderGroup.ASSOCIATIONS);
        ParticipantRef university = participants.join(meeting, "د. عبد الله", "جامعة القاضي عياض",
                StakeholderGroup.UNIVERSITIES);
        ParticipantRef cgem = participants.join(meeting, "Salma E.", "CGEM Marrakech-Safi",
                StakeholderGroup.PRIVATE_SECTOR);

        add(ItemKind.EXPECTATION, "التقائية برامج القطب الاجتماعي مع برنامج التنمية الجهوية",
                "أن تنسجم برامج الوزارة والمؤسسات التابعة لها مع مخططات التنمية الترابية في المجال الاجتماعي، "
                        + "وأن يتم تحديد الأولويات على مستوى الجهة.", themes.convergence, council);
        add(ItemKind.EXPECTATION, "Un guichet unique pour les associations",
                "Simplifier l’accès aux financements et aux appels à projets du pôle social pour les "
                        + "associations de proximité.", themes.partnerships, association);
        add(ItemKind.EXPECTATION, "توفير المساعدة الاجتماعية الملائمة للفئات في وضعية هشة",
                "الأشخاص في وضعية إعاقة، المسنون، الأطفال في وضعية الشارع، والنساء في وضعية صعبة.",
                themes.vulnerable, association);
        add(ItemKind.PROPOSAL, "مرصد جهوي للمعطيات الاجتماعية",
                "شراكة بين الجامعة ومراكز البحث والمصالح الخارجية لتتبع مؤشرات الهشاشة على مستوى كل إقليم.",
                themes.innovation, university);
        add(ItemKind.PROPOSAL, "Mobiliser le mécénat des entreprises pour les centres sociaux",
                "Une convention-cadre CGEM – pôle social pour cofinancer l’équipement des centres "
                        + "d’accueil.", themes.partnerships, cgem);
        add(ItemKind.PROPOSAL, "Incubateur d’innovation sociale à Marrakech",
                "Accompagner les jeunes porteurs de projets sociaux : formation, mentorat, amorçage.",
                themes.innovation, cgem);
    }

    private void add(ItemKind kind, String title, String details, @Nullable Long theme, ParticipantRef author) {
        items.create(kind, title, details, theme, author);
    }

    /** The consultation's themes, from the aims the Ministry gave the regional meetings. */
    private record Themes(long areas, long convergence, long partnerships, long innovation, long vulnerable) {

        static Themes create(ConsultationService consultations, long consultation) {
            return new Themes(
                    consultations.addTheme(consultation, "areas", new LocalizedText(
                            "مجالات تدخل القطب الاجتماعي", "Domaines d’intervention du pôle social",
                            "Areas of the social pole’s intervention")),
                    consultations.addTheme(consultation, "convergence", new LocalizedText(
                            "الالتقائية مع مخططات التنمية الترابية", "Convergence avec les plans de développement territorial",
                            "Convergence with territorial development plans")),
                    consultations.addTheme(consultation, "partnerships", new LocalizedText(
                            "الشراكات وتعبئة الموارد والخبرات", "Partenariats et mobilisation des ressources",
                            "Partnerships and resource mobilisation")),
                    consultations.addTheme(consultation, "innovation", new LocalizedText(
                            "الابتكار الاجتماعي", "Innovation sociale", "Social innovation")),
                    consultations.addTheme(consultation, "vulnerable", new LocalizedText(
                            "دعم الفئات في وضعية هشة", "Soutien aux personnes en situation de vulnérabilité",
                            "Support for people in vulnerable situations")));
        }
    }
}
