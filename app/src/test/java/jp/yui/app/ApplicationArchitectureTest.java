package jp.yui.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.axonframework.commandhandling.gateway.CommandGateway;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.query.RidershipRepository;

/**
 * The shape of issue 13: every use case lives in one application service ({@code ..usecase..}), which the JSON
 * controllers, the pages and the demo seeder call. Only those services send commands; controllers and pages map
 * HTTP and never read views or the store themselves; the services know nothing of HTTP.
 */
@AnalyzeClasses(packages = "jp.yui.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    /**
     * Infrastructure that sends commands and is no use case: {@code StorageConfiguration} wires the gateway itself.
     * (No class of {@code admin}, {@code security} or {@code privacy} needs the gateway today.)
     */
    private static final String[] MAY_SEND_COMMANDS_TOO = {"jp.yui.app.config.StorageConfiguration"};

    /**
     * Controllers of the account stores which have no use case of their own yet: the access log is read through its
     * infra store (logins and API tokens go through {@code security.usecase}).
     */
    private static final String[] CONTROLLERS_ON_ACCOUNT_STORES = {"jp.yui.app.privacy.AuditController"};

    private static boolean isControllerOrPage(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getSimpleName().endsWith("Controller") || ("." + c.getPackageName() + ".").contains(".page.");
    }

    private static boolean isAccountStoreController(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return java.util.Arrays.asList(CONTROLLERS_ON_ACCOUNT_STORES).contains(top.getName());
    }

    @ArchTest
    static final ArchRule onlyUseCasesSendCommands = noClasses()
            .that().resideOutsideOfPackage("jp.yui.app..usecase..")
            .and().doNotHaveFullyQualifiedName(MAY_SEND_COMMANDS_TOO[0])
            .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
            .because("a use case is sent from one place, its application service in ..usecase..");

    @ArchTest
    static final ArchRule controllersAndPagesNeitherSendCommandsNorReadViews = noClasses()
            .that(describe("are controllers (*Controller) or page controllers (..page..)",
                    ApplicationArchitectureTest::isControllerOrPage))
            .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
            .orShould().dependOnClassesThat().areAssignableTo(ViewStore.class)
            .orShould().dependOnClassesThat().areAssignableTo(RidershipRepository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "de.bwaldvogel..")
            .because("controllers and pages map HTTP and call the use cases, which read and write");

    @ArchTest
    static final ArchRule controllersAndPagesUseNoMongoStores = noClasses()
            .that(describe("are controllers (*Controller) or page controllers (..page..), account stores' aside",
                    c -> isControllerOrPage(c) && !isAccountStoreController(c)))
            .should().dependOnClassesThat(describe("are Yui's Mongo stores (jp.yui.infra..Mongo*)",
                    c -> c.getPackageName().startsWith("jp.yui.infra") && c.getSimpleName().startsWith("Mongo")))
            .because("controllers and pages reach the store only through the use cases");

    @ArchTest
    static final ArchRule useCasesKnowNoHttp = noClasses()
            .that().resideInAPackage("jp.yui.app..usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.http..")
            .because("the pages and the JSON API call the same use cases, which take and answer plain records");
}
