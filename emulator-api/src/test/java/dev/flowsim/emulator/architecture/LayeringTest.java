package dev.flowsim.emulator.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the emulator's core free of the wire: only the server adapter knows Netty, and domains know no protocol. */
class LayeringTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.flowsim.emulator");
    }

    @Test
    void onlyTheHttpAdapterUsesNetty() {
        noClasses().that().resideOutsideOfPackage("dev.flowsim.emulator.http..")
                .should().dependOnClassesThat().resideInAPackage("io.netty..")
                .check(classes);
    }

    @Test
    void thePolicyEngineKnowsNothingOfServicesOrProtocols() {
        noClasses().that().resideInAPackage("dev.flowsim.emulator.iam..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.flowsim.emulator.protocol..",
                        "dev.flowsim.emulator.service..", "dev.flowsim.emulator.http..", "dev.flowsim.emulator.logs..",
                        "dev.flowsim.emulator.ec2..", "dev.flowsim.emulator.sts..", "dev.flowsim.emulator.iamapi..")
                .check(classes);
    }

    @Test
    void theLogStoreIsWireFree() {
        noClasses().that().resideInAPackage("dev.flowsim.emulator.logs.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.flowsim.emulator.protocol..",
                        "dev.flowsim.emulator.service..", "dev.flowsim.emulator.http..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void servicesDoNotReachIntoEachOther() {
        for (String service : new String[] {"logs", "sts", "iamapi", "ec2"}) {
            String[] others = java.util.stream.Stream.of("logs", "sts", "iamapi", "ec2")
                    .filter(s -> !s.equals(service)).map(s -> "dev.flowsim.emulator." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.flowsim.emulator." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }
}
