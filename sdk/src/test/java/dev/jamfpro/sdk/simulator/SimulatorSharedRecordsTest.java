package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.classic.model.ClassicBuilding;
import dev.jamfpro.sdk.classic.model.ClassicCategory;
import dev.jamfpro.sdk.classic.model.ClassicDepartment;
import dev.jamfpro.sdk.classic.model.ClassicPackage;
import dev.jamfpro.sdk.classic.model.ClassicScript;
import dev.jamfpro.sdk.classic.model.ClassicSite;
import dev.jamfpro.sdk.pro.model.Building;
import dev.jamfpro.sdk.pro.model.Category;
import dev.jamfpro.sdk.pro.model.Department;
import dev.jamfpro.sdk.pro.model.ModelPackage;
import dev.jamfpro.sdk.pro.model.Script;
import dev.jamfpro.sdk.pro.model.V1Site;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records both APIs keep (departments, categories, buildings, sites, scripts, packages) are one
 * record seen two ways, through the SDK's typed methods: what {@code proApi()} writes,
 * {@code classicApi()} reads under the same id, and back; a delete through one is a 404 through the
 * other; a name one API gave the other refuses; both count the same records.
 */
class SimulatorSharedRecordsTest {
    private static JamfProSimulator jamf;
    private static AsyncJamfProClient client;

    @BeforeAll
    static void start() {
        jamf = JamfProSimulator.builder().computers(5).mobileDevices(1).start();
        client = SimulatorClients.client(jamf);
    }

    @AfterAll
    static void stop() {
        client.close();
        jamf.close();
    }

    @Test
    void departments() {
        String id = client.proApi().postDepartmentsV1(new Department().name("Research")).join().getId();
        ClassicDepartment classic = client.classicApi().getDepartmentById(Integer.parseInt(id)).join();
        assertEquals(Integer.parseInt(id), classic.getId());
        assertEquals("Research", classic.getName());

        ClassicDepartment rename = new ClassicDepartment();
        rename.setName("Research and Development");
        client.classicApi().updateDepartmentById(Integer.parseInt(id), rename).join();
        assertEquals("Research and Development", client.proApi().getDepartmentsByIdV1(id).join().getName());

        assertEquals(409, status(client.classicApi().createDepartment(named(new ClassicDepartment(), "research and development"))));
        int classicId = client.classicApi().createDepartment(named(new ClassicDepartment(), "Legal")).join();
        assertEquals("Legal", client.proApi().getDepartmentsByIdV1(Integer.toString(classicId)).join().getName());
        JamfProApiException refused = assertInstanceOf(JamfProApiException.class,
                failure(client.proApi().postDepartmentsV1(new Department().name("Legal"))));
        assertEquals(400, refused.statusCode());
        assertEquals("DUPLICATE_FIELD", refused.errors().get(0).code());

        assertEquals(client.proApi().getDepartmentsV1(0, 1, null, null).join().getTotalCount(),
                client.classicApi().listAllDepartments().join().size());
        client.proApi().deleteDepartmentsByIdV1(id).join();
        assertEquals(404, status(client.classicApi().getDepartmentById(Integer.parseInt(id))));
        client.classicApi().deleteDepartmentById(classicId).join();
        assertEquals(404, status(client.proApi().getDepartmentsByIdV1(Integer.toString(classicId))));
        assertEquals(client.proApi().getDepartmentsV1(0, 1, null, null).join().getTotalCount(),
                client.classicApi().listAllDepartments().join().size());
    }

    @Test
    void categories() {
        String id = client.proApi().postCategoriesV1(new Category().name("Games").priority(3)).join().getId();
        ClassicCategory classic = client.classicApi().getCategoryById(Integer.parseInt(id)).join();
        assertEquals("Games", classic.getName());
        assertEquals(3, classic.getPriority());

        ClassicCategory change = new ClassicCategory();
        change.setPriority(12);
        client.classicApi().updateCategoryById(Integer.parseInt(id), change).join();
        Category pro = client.proApi().getCategoriesByIdV1(id).join();
        assertEquals("Games", pro.getName());
        assertEquals(12, pro.getPriority());

        assertEquals(409, status(client.classicApi().createCategory(named(new ClassicCategory(), "Games"))));
        pro.setName("Applications"); // a seeded category's name, on both sides
        assertEquals(400, status(client.proApi().putCategoriesByIdV1(id, pro)));

        assertEquals(client.proApi().getCategoriesV1(0, 1, null, null).join().getTotalCount(),
                client.classicApi().listAllCategories().join().size());
        client.classicApi().deleteCategoryById(Integer.parseInt(id)).join();
        assertEquals(404, status(client.proApi().getCategoriesByIdV1(id)));
    }

    @Test
    void buildings() {
        String id = client.proApi().postBuildingsV1(new Building().name("North Tower").city("Cork")).join().getId();
        assertEquals("North Tower", client.classicApi().getBuildingByName("North Tower").join().getName());
        assertEquals(Integer.parseInt(id), client.classicApi().getBuildingByName("North Tower").join().getId());

        ClassicBuilding rename = new ClassicBuilding();
        rename.setName("North Tower East");
        client.classicApi().updateBuildingById(Integer.parseInt(id), rename).join();
        Building pro = client.proApi().getBuildingsByIdV1(id).join();
        assertEquals("North Tower East", pro.getName());
        assertEquals("Cork", pro.getCity(), "a field the Classic building does not have is kept");

        assertEquals(409, status(client.classicApi().createBuilding(named(new ClassicBuilding(), "Main Office"))));
        assertEquals(400, status(client.proApi().postBuildingsV1(new Building().name("north tower east"))));
        assertEquals(client.proApi().getBuildingsV1(0, 1, null, null).join().getTotalCount(),
                client.classicApi().listAllBuildings().join().size());
        client.proApi().deleteBuildingsByIdV1(id).join();
        assertEquals(404, status(client.classicApi().getBuildingById(Integer.parseInt(id))));
    }

    @Test
    void sitesAreWrittenThroughClassicOnly() {
        int id = client.classicApi().createSite(named(new ClassicSite(), "Reykjavik")).join();
        assertTrue(client.proApi().getSitesV1().join().stream()
                .anyMatch(s -> s.getId().equals(Integer.toString(id)) && s.getName().equals("Reykjavik")));
        assertEquals(client.proApi().getSitesV1().join().stream().map(V1Site::getName).sorted().toList(),
                client.classicApi().listAllSites().join().stream().map(ClassicSite::getName).sorted().toList());
        client.classicApi().deleteSiteById(id).join();
        assertFalse(client.proApi().getSitesV1().join().stream().anyMatch(s -> s.getId().equals(Integer.toString(id))));
    }

    @Test
    void scripts() {
        Script script = new Script().name("Wipe Caches").priority(Script.PriorityEnum.AT_REBOOT).info("clears caches")
                .scriptContents("#!/bin/sh\nrm -rf ~/Library/Caches/*").parameter4("user").osRequirements("14.x")
                .categoryId("3"); // the seeded categories: Applications, Productivity, Security, Utilities...
        String id = client.proApi().postScriptsV1(script).join().getId();
        ClassicScript classic = client.classicApi().getScriptById(Integer.parseInt(id)).join();
        assertEquals("Wipe Caches", classic.getName());
        assertEquals("At Reboot", classic.getPriority());
        assertEquals("clears caches", classic.getInfo());
        assertEquals("#!/bin/sh\nrm -rf ~/Library/Caches/*", classic.getScriptContents());
        assertEquals("#!/bin/sh\nrm -rf ~/Library/Caches/*", new String(java.util.Base64.getDecoder()
                .decode(classic.getScriptContentsEncoded()), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("user", classic.getParameters().getParameter4());
        assertEquals("14.x", classic.getOsRequirements());
        assertEquals("Security", classic.getCategory(), "Pro names the category by id, Classic by name");

        ClassicScript change = new ClassicScript();
        change.setScriptContents("echo done");
        change.setPriority("Before");
        change.setCategory("Utilities");
        client.classicApi().updateScriptById(Integer.parseInt(id), change).join();
        Script pro = client.proApi().getScriptsByIdV1(id).join();
        assertEquals("echo done", pro.getScriptContents());
        assertEquals(Script.PriorityEnum.BEFORE, pro.getPriority());
        assertEquals("user", pro.getParameter4());
        assertEquals("4", pro.getCategoryId());
        assertEquals("Utilities", pro.getCategoryName());

        assertEquals(409, status(client.classicApi().createScript(named(new ClassicScript(), "Wipe Caches"))));
        assertEquals(client.proApi().getScriptsV1(0, 1, null, null).join().getTotalCount(),
                client.classicApi().listAllScripts().join().size());
        client.proApi().deleteScriptsByIdV1(id).join();
        assertEquals(404, status(client.classicApi().getScriptById(Integer.parseInt(id))));
    }

    @Test
    void packages() {
        ModelPackage pkg = new ModelPackage().packageName("Tool-1.2.pkg").fileName("Tool-1.2.pkg").categoryId("-1")
                .priority(7).rebootRequired(true).fillUserTemplate(false).osInstall(false).suppressUpdates(false)
                .suppressFromDock(false).suppressEula(false).suppressRegistration(false).notes("from the vendor");
        String id = client.proApi().postPackagesV1(pkg).join().getId();
        ClassicPackage classic = client.classicApi().getPackageById(Integer.parseInt(id)).join();
        assertEquals("Tool-1.2.pkg", classic.getName());
        assertEquals("Tool-1.2.pkg", classic.getFilename());
        assertEquals(7, classic.getPriority());
        assertEquals(true, classic.getRebootRequired());
        assertEquals("from the vendor", classic.getNotes());
        assertEquals("No category assigned", classic.getCategory(), "Pro's category -1");

        ClassicPackage change = new ClassicPackage();
        change.setRebootRequired(false);
        change.setName("Tool-1.3.pkg");
        client.classicApi().updatePackageById(Integer.parseInt(id), change).join();
        ModelPackage pro = client.proApi().getPackagesByIdV1(id).join();
        assertEquals("Tool-1.3.pkg", pro.getPackageName());
        assertEquals(false, pro.getRebootRequired());
        assertEquals(7, pro.getPriority());

        assertEquals(400, status(client.proApi().postPackagesV1(pkg.packageName("Tool-1.3.pkg"))));
        assertEquals(client.proApi().getPackagesV1(0, 1, null, null).join().getTotalCount(),
                client.classicApi().listAllPackages().join().size());
        client.classicApi().deletePackageById(Integer.parseInt(id)).join();
        assertEquals(404, status(client.proApi().getPackagesByIdV1(id)));
    }

    // ------------------------------------------------------------------ helpers

    private static <T extends dev.jamfpro.sdk.classic.model.ClassicReference> T named(T record, String name) {
        record.setName(name);
        return record;
    }

    private static Throwable failure(CompletableFuture<?> call) {
        return assertThrows(CompletionException.class, call::join).getCause();
    }

    /** The HTTP status a call failed with (Pro or Classic). */
    private static int status(CompletableFuture<?> call) {
        Throwable cause = failure(call);
        assertTrue(cause instanceof JamfProApiException || cause instanceof ClassicApiException, cause.toString());
        return ((JamfHttpException) cause).statusCode();
    }
}
