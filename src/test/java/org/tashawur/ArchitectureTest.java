package org.tashawur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The package rules of the house style, checked so that they stay true. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tashawur");

    @Test
    void only_the_live_package_knows_the_collaboration_engine() {
        noClasses().that().resideOutsideOfPackage("org.tashawur.live..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.collaborationengine..")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_screens() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.tashawur.live..")
                .and().resideOutsideOfPackage("org.tashawur.base.i18n..")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_private_to_their_feature_and_used_only_by_services() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Service.class)
                .orShould().onlyHaveDependentClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void consultations_are_set_up_by_administrators_or_by_the_demo_data_only() {
        noClasses().that().resideOutsideOfPackage("org.tashawur.demo..")
                .and().doNotHaveSimpleName("SetupService")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                "createConsultation|addMeeting|addTheme"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName(
                                                "ConsultationService")))))
                .check(CLASSES);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("org.tashawur.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
