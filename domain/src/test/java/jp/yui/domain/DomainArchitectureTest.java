package jp.yui.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain speaks the organizations' language; storage and web frameworks stay outside it. */
@AnalyzeClasses(packages = "jp.yui.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotUseSpring = noClasses().that().resideInAPackage("jp.yui.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..");

    @ArchTest
    static final ArchRule domainDoesNotUseMongo = noClasses().that().resideInAPackage("jp.yui.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "de.bwaldvogel..",
                    "org.axonframework.extensions.mongo..");

    @ArchTest
    static final ArchRule domainDoesNotKnowInfraOrApp = noClasses().that().resideInAPackage("jp.yui.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.yui.infra..", "jp.yui.app..", "jp.yui.ops..");
}
