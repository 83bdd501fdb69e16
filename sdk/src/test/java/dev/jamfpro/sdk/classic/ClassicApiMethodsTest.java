package dev.jamfpro.sdk.classic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.join;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.onlyRequest;
import static dev.jamfpro.sdk.classic.ClassicTestSupport.xml;
import static dev.jamfpro.sdk.classic.ClassicXmlAssert.assertSameXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.classic.model.*;
import dev.jamfpro.sdk.internal.xml.ClassicXml;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every generic method of every covered resource against WireMock: listAll, get by id, get by name
 * (a name with {@code +}, a space and {@code /} sent as one segment), create (only the fields set;
 * the id read from the answer), update (a GET model with unknown elements written back on PUT with one
 * field changed) and delete: path, HTTP method, Content-Type, body and parsed result.
 */
class ClassicApiMethodsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String AWKWARD_NAME = "A+B C/D";
    private static final String AWKWARD_SEGMENT = "A%2BB%20C%2FD";

    private AsyncJamfProClient client;
    private ClassicApi api;

    @BeforeEach
    void setUp() {
        client = ClassicTestSupport.client(wm);
        api = client.classicApi();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    interface Update<T> {
        CompletableFuture<Void> apply(ClassicApi api, int id, T model);
    }

    /**
     * One resource's methods and documents. {@code document} is a full record whose name is
     * {@code Original}, carrying an unknown {@code <future_section>}; {@code fresh} builds a model with
     * setters and {@code freshXml} is exactly what creating it must send.
     */
    record Case<T, I>(ClassicResource<T, I> resource,
                      Function<ClassicApi, CompletableFuture<List<I>>> listAll,
                      BiFunction<ClassicApi, Integer, CompletableFuture<T>> getById,
                      BiFunction<ClassicApi, String, CompletableFuture<T>> getByName,
                      BiFunction<ClassicApi, T, CompletableFuture<Integer>> create,
                      Update<T> update,
                      BiFunction<ClassicApi, Integer, CompletableFuture<Void>> delete,
                      String document,
                      Function<T, String> name,
                      BiConsumer<T, String> rename,
                      Supplier<T> fresh,
                      String freshXml) {
    }

    static List<Case<?, ?>> cases() {
        return List.of(
                new Case<>(ClassicResources.COMPUTERS, ClassicApi::listAllComputers, ClassicApi::getComputerById,
                        (api, name) -> api.getComputerByName(name), ClassicApi::createComputer,
                        ClassicApi::updateComputerById, ClassicApi::deleteComputerById,
                        "<computer><general><id>7</id><name>Original</name><serial_number>C02X</serial_number>"
                                + "<remote_management><managed>true</managed><management_username>admin</management_username>"
                                + "<management_password_sha256 since=\"9.23\">e3b0</management_password_sha256></remote_management>"
                                + "<report_date_epoch>1671744708190</report_date_epoch></general>"
                                + "<location><building>HQ</building><room/></location>"
                                + "<hardware><model>MacBook Pro</model><os_version>14.2</os_version></hardware>"
                                + "<extension_attributes><extension_attribute><id>3</id><name>Team</name><type>String</type>"
                                + "<multi_value>false</multi_value><value>Blue</value></extension_attribute></extension_attributes>"
                                + "<future_section><a>1</a></future_section></computer>",
                        c -> c.getGeneral().getName(), (c, n) -> c.getGeneral().setName(n),
                        () -> {
                            ClassicComputer c = new ClassicComputer();
                            c.setGeneral(new ClassicComputer.General());
                            c.getGeneral().setName("New Mac");
                            c.getGeneral().setSerialNumber("C02NEW");
                            c.setExtensionAttributes(new ClassicExtensionAttributeValues(
                                    List.of(ClassicExtensionAttributeValue.of(3, "Red"))));
                            return c;
                        },
                        "<computer><general><name>New Mac</name><serial_number>C02NEW</serial_number></general>"
                                + "<extension_attributes><extension_attribute><id>3</id><value>Red</value>"
                                + "</extension_attribute></extension_attributes></computer>"),
                new Case<>(ClassicResources.COMPUTER_GROUPS, ClassicApi::listAllComputerGroups, ClassicApi::getComputerGroupById,
                        ClassicApi::getComputerGroupByName, ClassicApi::createComputerGroup,
                        ClassicApi::updateComputerGroupById, ClassicApi::deleteComputerGroupById,
                        "<computer_group><id>7</id><name>Original</name><is_smart>true</is_smart>"
                                + "<site><id>-1</id><name>None</name></site><criteria><size>1</size><criterion>"
                                + "<name>Operating System</name><priority>0</priority><and_or>and</and_or>"
                                + "<search_type>like</search_type><value>14</value><opening_paren>false</opening_paren>"
                                + "<closing_paren>false</closing_paren></criterion></criteria>"
                                + "<computers><size>1</size><computer><id>1</id><name>Mac</name>"
                                + "<serial_number>C02</serial_number></computer></computers>"
                                + "<future_section><a>1</a></future_section></computer_group>",
                        ClassicComputerGroup::getName, ClassicComputerGroup::setName,
                        () -> {
                            ClassicComputerGroup g = new ClassicComputerGroup();
                            g.setName("Sonoma");
                            g.setIsSmart(true);
                            ClassicCriterion criterion = new ClassicCriterion("Operating System Version", "like", "14.");
                            criterion.setPriority(0);
                            criterion.setAndOr("and");
                            g.setCriteria(new ClassicCriteria(List.of(criterion)));
                            return g;
                        },
                        "<computer_group><name>Sonoma</name><is_smart>true</is_smart><criteria><criterion>"
                                + "<name>Operating System Version</name><priority>0</priority><and_or>and</and_or>"
                                + "<search_type>like</search_type><value>14.</value></criterion></criteria></computer_group>"),
                new Case<>(ClassicResources.ADVANCED_COMPUTER_SEARCHES, ClassicApi::listAllAdvancedComputerSearches,
                        ClassicApi::getAdvancedComputerSearchById, ClassicApi::getAdvancedComputerSearchByName,
                        ClassicApi::createAdvancedComputerSearch, ClassicApi::updateAdvancedComputerSearchById,
                        ClassicApi::deleteAdvancedComputerSearchById,
                        "<advanced_computer_search><id>7</id><name>Original</name><view_as>Standard Web Page</view_as>"
                                + "<sort_1/><criteria><size>0</size></criteria><display_fields><size>1</size><display_field>"
                                + "<name>IP Address</name></display_field></display_fields><computers><size>1</size><computer>"
                                + "<name>Mac</name><udid>U-1</udid><id>1</id><IP_Address>10.0.0.1</IP_Address></computer></computers>"
                                + "<site><id>-1</id><name>None</name></site><future_section><a>1</a></future_section>"
                                + "</advanced_computer_search>",
                        ClassicAdvancedComputerSearch::getName, ClassicAdvancedComputerSearch::setName,
                        () -> {
                            ClassicAdvancedComputerSearch s = new ClassicAdvancedComputerSearch();
                            s.setName("Stale");
                            s.setCriteria(new ClassicCriteria(List.of(
                                    new ClassicCriterion("Last Inventory Update", "more than x days ago", "7"))));
                            s.setDisplayFields(new ClassicAdvancedComputerSearch.DisplayFields(List.of(
                                    ClassicAdvancedComputerSearch.DisplayField.of("Computer Name"))));
                            return s;
                        },
                        "<advanced_computer_search><name>Stale</name><criteria><criterion><name>Last Inventory Update</name>"
                                + "<search_type>more than x days ago</search_type><value>7</value></criterion></criteria>"
                                + "<display_fields><display_field><name>Computer Name</name></display_field></display_fields>"
                                + "</advanced_computer_search>"),
                new Case<>(ClassicResources.CATEGORIES, ClassicApi::listAllCategories, ClassicApi::getCategoryById,
                        ClassicApi::getCategoryByName, ClassicApi::createCategory, ClassicApi::updateCategoryById,
                        ClassicApi::deleteCategoryById,
                        "<category><id>7</id><name>Original</name><priority>9</priority>"
                                + "<future_section><a>1</a></future_section></category>",
                        ClassicCategory::getName, ClassicCategory::setName,
                        () -> {
                            ClassicCategory c = new ClassicCategory();
                            c.setName("Tools & <Utilities>");
                            c.setPriority(3);
                            return c;
                        },
                        "<category><name>Tools &amp; &lt;Utilities&gt;</name><priority>3</priority></category>"),
                new Case<>(ClassicResources.PACKAGES, ClassicApi::listAllPackages, ClassicApi::getPackageById,
                        ClassicApi::getPackageByName, ClassicApi::createPackage, ClassicApi::updatePackageById,
                        ClassicApi::deletePackageById,
                        "<package><id>7</id><name>Original</name><category>Apps</category><filename>Firefox.pkg</filename>"
                                + "<info/><priority>10</priority><reboot_required>false</reboot_required>"
                                + "<hash_type>MD5</hash_type><future_section><a>1</a></future_section></package>",
                        ClassicPackage::getName, ClassicPackage::setName,
                        () -> {
                            ClassicPackage p = new ClassicPackage();
                            p.setName("Firefox.pkg");
                            p.setFilename("Firefox-120.pkg");
                            p.setRebootRequired(false);
                            p.setPriority(10);
                            return p;
                        },
                        "<package><name>Firefox.pkg</name><filename>Firefox-120.pkg</filename><priority>10</priority>"
                                + "<reboot_required>false</reboot_required></package>"),
                new Case<>(ClassicResources.NETWORK_SEGMENTS, ClassicApi::listAllNetworkSegments, ClassicApi::getNetworkSegmentById,
                        ClassicApi::getNetworkSegmentByName, ClassicApi::createNetworkSegment,
                        ClassicApi::updateNetworkSegmentById, ClassicApi::deleteNetworkSegmentById,
                        "<network_segment><id>7</id><name>Original</name><starting_address>10.1.0.0</starting_address>"
                                + "<ending_address>10.1.255.255</ending_address><url/><building>HQ</building>"
                                + "<override_buildings>false</override_buildings><future_section><a>1</a></future_section>"
                                + "</network_segment>",
                        ClassicNetworkSegment::getName, ClassicNetworkSegment::setName,
                        () -> {
                            ClassicNetworkSegment s = new ClassicNetworkSegment();
                            s.setName("Office");
                            s.setStartingAddress("10.2.0.1");
                            s.setEndingAddress("10.2.0.254");
                            return s;
                        },
                        "<network_segment><name>Office</name><starting_address>10.2.0.1</starting_address>"
                                + "<ending_address>10.2.0.254</ending_address></network_segment>"),
                new Case<>(ClassicResources.POLICIES, ClassicApi::listAllPolicies, ClassicApi::getPolicyById,
                        ClassicApi::getPolicyByName, ClassicApi::createPolicy, ClassicApi::updatePolicyById,
                        ClassicApi::deletePolicyById,
                        "<policy><general><id>7</id><name>Original</name><enabled>true</enabled><trigger_other/>"
                                + "<category><id>1</id><name>Apps</name></category><date_time_limitations>"
                                + "<activation_date>2018-01-01 01:00:00</activation_date>"
                                + "<activation_date_epoch>1514790000000</activation_date_epoch>"
                                + "<activation_date_utc>2018-01-01T01:00:00.000-0600</activation_date_utc>"
                                + "<no_execute_on><day>Mon</day><day>Tue</day></no_execute_on></date_time_limitations></general>"
                                + "<scope><all_computers>false</all_computers><computer_groups><computer_group><id>5</id>"
                                + "<name>Lab</name></computer_group></computer_groups><exclusions><computers/></exclusions></scope>"
                                + "<self_service><use_for_self_service>true</use_for_self_service>"
                                + "<notification>false</notification><notification>Self Service</notification></self_service>"
                                + "<package_configuration><packages><size>1</size><package><id>1</id><name>Firefox.pkg</name>"
                                + "<action>Install</action></package></packages></package_configuration>"
                                + "<scripts><size>0</size></scripts><printers><size>0</size><leave_existing_default/></printers>"
                                + "<future_section><a>1</a></future_section></policy>",
                        p -> p.getGeneral().getName(), (p, n) -> p.getGeneral().setName(n),
                        () -> {
                            ClassicPolicy p = new ClassicPolicy();
                            p.setGeneral(new ClassicPolicy.General());
                            p.getGeneral().setName("Install Firefox");
                            p.getGeneral().setEnabled(true);
                            p.getGeneral().setTriggerCheckin(true);
                            p.getGeneral().setFrequency("Once per computer");
                            p.setScope(new ClassicScope());
                            p.getScope().setAllComputers(false);
                            p.getScope().setComputerGroups(new ClassicScope.ComputerGroups(
                                    List.of(new ClassicReference(5, null))));
                            ClassicPolicy.Package pkg = new ClassicPolicy.Package(1, null);
                            pkg.setAction("Install");
                            p.setPackageConfiguration(new ClassicPolicy.PackageConfiguration());
                            p.getPackageConfiguration().setPackages(new ClassicPolicy.Packages(List.of(pkg)));
                            return p;
                        },
                        "<policy><general><name>Install Firefox</name><enabled>true</enabled>"
                                + "<trigger_checkin>true</trigger_checkin><frequency>Once per computer</frequency></general>"
                                + "<scope><all_computers>false</all_computers><computer_groups><computer_group><id>5</id>"
                                + "</computer_group></computer_groups></scope><package_configuration><packages><package>"
                                + "<id>1</id><action>Install</action></package></packages></package_configuration></policy>"),
                new Case<>(ClassicResources.SCRIPTS, ClassicApi::listAllScripts, ClassicApi::getScriptById,
                        ClassicApi::getScriptByName, ClassicApi::createScript, ClassicApi::updateScriptById,
                        ClassicApi::deleteScriptById,
                        "<script><id>7</id><name>Original</name><priority>After</priority><parameters>"
                                + "<parameter4>User</parameter4></parameters>"
                                + "<script_contents>#!/bin/sh\r\necho \"a &amp; b\" &lt; /dev/null</script_contents>"
                                + "<future_section><a>1</a></future_section></script>",
                        ClassicScript::getName, ClassicScript::setName,
                        () -> {
                            ClassicScript s = new ClassicScript();
                            s.setName("hello.sh");
                            s.setScriptContents("#!/bin/sh\r\necho \"a & b\" < /dev/null\n");
                            s.setParameters(new ClassicScript.Parameters());
                            s.getParameters().setParameter4("Name");
                            return s;
                        },
                        "<script><name>hello.sh</name><parameters><parameter4>Name</parameter4></parameters>"
                                + "<script_contents>#!/bin/sh&#13;\necho \"a &amp; b\" &lt; /dev/null\n</script_contents></script>"),
                new Case<>(ClassicResources.BUILDINGS, ClassicApi::listAllBuildings, ClassicApi::getBuildingById,
                        ClassicApi::getBuildingByName, ClassicApi::createBuilding, ClassicApi::updateBuildingById,
                        ClassicApi::deleteBuildingById,
                        "<building><id>7</id><name>Original</name><future_section><a>1</a></future_section></building>",
                        ClassicBuilding::getName, ClassicBuilding::setName,
                        () -> {
                            ClassicBuilding b = new ClassicBuilding();
                            b.setName("Empire State Building");
                            return b;
                        },
                        "<building><name>Empire State Building</name></building>"),
                new Case<>(ClassicResources.DEPARTMENTS, ClassicApi::listAllDepartments, ClassicApi::getDepartmentById,
                        ClassicApi::getDepartmentByName, ClassicApi::createDepartment, ClassicApi::updateDepartmentById,
                        ClassicApi::deleteDepartmentById,
                        "<department><id>7</id><name>Original</name><future_section><a>1</a></future_section></department>",
                        ClassicDepartment::getName, ClassicDepartment::setName,
                        () -> {
                            ClassicDepartment d = new ClassicDepartment();
                            d.setName("IT");
                            return d;
                        },
                        "<department><name>IT</name></department>"),
                new Case<>(ClassicResources.SITES, ClassicApi::listAllSites, ClassicApi::getSiteById, ClassicApi::getSiteByName,
                        ClassicApi::createSite, ClassicApi::updateSiteById, ClassicApi::deleteSiteById,
                        "<site><id>7</id><name>Original</name><future_section><a>1</a></future_section></site>",
                        ClassicSite::getName, ClassicSite::setName,
                        () -> {
                            ClassicSite s = new ClassicSite();
                            s.setName("Minneapolis");
                            return s;
                        },
                        "<site><name>Minneapolis</name></site>"),
                new Case<>(ClassicResources.MOBILE_DEVICES, ClassicApi::listAllMobileDevices, ClassicApi::getMobileDeviceById,
                        ClassicApi::getMobileDeviceByName, ClassicApi::createMobileDevice,
                        ClassicApi::updateMobileDeviceById, ClassicApi::deleteMobileDeviceById,
                        "<mobile_device><general><id>7</id><name>Original</name><udid>abc</udid>"
                                + "<modelDisplay deprecated=\"9.4\">iPad</modelDisplay><managed>true</managed></general>"
                                + "<location><username>pat</username></location><purchasing><po_date/>"
                                + "<po_date_epoch>0</po_date_epoch><life_expectancy>0</life_expectancy></purchasing>"
                                + "<applications><size>0</size></applications><future_section><a>1</a></future_section>"
                                + "</mobile_device>",
                        d -> d.getGeneral().getName(), (d, n) -> d.getGeneral().setName(n),
                        () -> {
                            ClassicMobileDevice d = new ClassicMobileDevice();
                            d.setGeneral(new ClassicMobileDevice.General());
                            d.getGeneral().setName("Pat's iPad");
                            d.getGeneral().setSerialNumber("DLXN");
                            d.setLocation(new ClassicLocation());
                            d.getLocation().setUsername("pat");
                            return d;
                        },
                        "<mobile_device><general><name>Pat's iPad</name><serial_number>DLXN</serial_number></general>"
                                + "<location><username>pat</username></location></mobile_device>"),
                new Case<>(ClassicResources.MOBILE_DEVICE_GROUPS, ClassicApi::listAllMobileDeviceGroups,
                        ClassicApi::getMobileDeviceGroupById, ClassicApi::getMobileDeviceGroupByName,
                        ClassicApi::createMobileDeviceGroup, ClassicApi::updateMobileDeviceGroupById,
                        ClassicApi::deleteMobileDeviceGroupById,
                        "<mobile_device_group><id>7</id><name>Original</name><is_smart>false</is_smart><criteria>"
                                + "<size>0</size></criteria><site><id>-1</id><name>None</name></site><mobile_devices>"
                                + "<size>1</size><mobile_device><id>38</id><name>iPad</name><udid>u</udid></mobile_device>"
                                + "</mobile_devices><future_section><a>1</a></future_section></mobile_device_group>",
                        ClassicMobileDeviceGroup::getName, ClassicMobileDeviceGroup::setName,
                        () -> {
                            ClassicMobileDeviceGroup g = new ClassicMobileDeviceGroup();
                            g.setName("Carts");
                            g.setIsSmart(false);
                            g.setMobileDevices(new ClassicMobileDeviceGroup.MobileDevices(List.of(
                                    new ClassicMobileDeviceGroup.MobileDevice(38, null))));
                            return g;
                        },
                        "<mobile_device_group><name>Carts</name><is_smart>false</is_smart><mobile_devices>"
                                + "<mobile_device><id>38</id></mobile_device></mobile_devices></mobile_device_group>"),
                new Case<>(ClassicResources.OSX_CONFIGURATION_PROFILES, ClassicApi::listAllOsxConfigurationProfiles,
                        ClassicApi::getOsxConfigurationProfileById, ClassicApi::getOsxConfigurationProfileByName,
                        ClassicApi::createOsxConfigurationProfile, ClassicApi::updateOsxConfigurationProfileById,
                        ClassicApi::deleteOsxConfigurationProfileById,
                        "<os_x_configuration_profile><general><id>7</id><name>Original</name><level>computer</level>"
                                + "<payloads>&lt;plist&gt;&lt;string&gt;x&lt;/string&gt;&lt;/plist&gt;</payloads></general>"
                                + "<scope><all_computers>true</all_computers></scope><future_section><a>1</a></future_section>"
                                + "</os_x_configuration_profile>",
                        p -> p.getGeneral().getName(), (p, n) -> p.getGeneral().setName(n),
                        () -> {
                            ClassicOsxConfigurationProfile p = new ClassicOsxConfigurationProfile();
                            p.setGeneral(new ClassicOsxConfigurationProfile.General());
                            p.getGeneral().setName("Passcode");
                            p.getGeneral().setCategory(new ClassicReference(null, "Security"));
                            return p;
                        },
                        "<os_x_configuration_profile><general><name>Passcode</name><category><name>Security</name>"
                                + "</category></general></os_x_configuration_profile>"),
                new Case<>(ClassicResources.MOBILE_DEVICE_CONFIGURATION_PROFILES,
                        ClassicApi::listAllMobileDeviceConfigurationProfiles,
                        ClassicApi::getMobileDeviceConfigurationProfileById,
                        ClassicApi::getMobileDeviceConfigurationProfileByName,
                        ClassicApi::createMobileDeviceConfigurationProfile,
                        ClassicApi::updateMobileDeviceConfigurationProfileById,
                        ClassicApi::deleteMobileDeviceConfigurationProfileById,
                        "<configuration_profile><general><id>7</id><name>Original</name>"
                                + "<redeploy_days_before_certificate_expires>0</redeploy_days_before_certificate_expires>"
                                + "<payloads>&lt;plist/&gt;</payloads></general><scope><all_mobile_devices>false"
                                + "</all_mobile_devices><mobile_devices><mobile_device><id>41</id><udid>u</udid></mobile_device>"
                                + "</mobile_devices></scope><future_section><a>1</a></future_section></configuration_profile>",
                        p -> p.getGeneral().getName(), (p, n) -> p.getGeneral().setName(n),
                        () -> {
                            ClassicMobileDeviceConfigurationProfile p = new ClassicMobileDeviceConfigurationProfile();
                            p.setGeneral(new ClassicMobileDeviceConfigurationProfile.General());
                            p.getGeneral().setName("WiFi");
                            p.setScope(new ClassicScope());
                            p.getScope().setAllMobileDevices(true);
                            return p;
                        },
                        "<configuration_profile><general><name>WiFi</name></general><scope><all_mobile_devices>true"
                                + "</all_mobile_devices></scope></configuration_profile>"),
                new Case<>(ClassicResources.COMPUTER_EXTENSION_ATTRIBUTES, ClassicApi::listAllComputerExtensionAttributes,
                        ClassicApi::getComputerExtensionAttributeById, ClassicApi::getComputerExtensionAttributeByName,
                        ClassicApi::createComputerExtensionAttribute, ClassicApi::updateComputerExtensionAttributeById,
                        ClassicApi::deleteComputerExtensionAttributeById,
                        "<computer_extension_attribute><id>7</id><name>Original</name><description/>"
                                + "<data_type>String</data_type><input_type><type>Pop-up Menu</type><popup_choices>"
                                + "<choice>A</choice><choice>B</choice></popup_choices></input_type>"
                                + "<inventory_display>General</inventory_display><future_section><a>1</a></future_section>"
                                + "</computer_extension_attribute>",
                        ClassicComputerExtensionAttribute::getName, ClassicComputerExtensionAttribute::setName,
                        () -> {
                            ClassicComputerExtensionAttribute a = new ClassicComputerExtensionAttribute();
                            a.setName("Battery Cycles");
                            a.setDataType("Integer");
                            a.setInputType(new ClassicComputerExtensionAttribute.InputType());
                            a.getInputType().setType("script");
                            a.getInputType().setPlatform("Mac");
                            a.getInputType().setScript("#!/bin/sh\necho \"<result>$(ioreg | grep Cycle)</result>\"");
                            return a;
                        },
                        "<computer_extension_attribute><name>Battery Cycles</name><data_type>Integer</data_type>"
                                + "<input_type><type>script</type><platform>Mac</platform><script>#!/bin/sh\n"
                                + "echo \"&lt;result&gt;$(ioreg | grep Cycle)&lt;/result&gt;\"</script></input_type>"
                                + "</computer_extension_attribute>"),
                new Case<>(ClassicResources.USERS, ClassicApi::listAllUsers, ClassicApi::getUserById, ClassicApi::getUserByName,
                        ClassicApi::createUser, ClassicApi::updateUserById, ClassicApi::deleteUserById,
                        "<user><id>7</id><name>Original</name><full_name/><email>t@example.com</email>"
                                + "<ldap_server><id>-1</id><name>None</name></ldap_server><extension_attributes/>"
                                + "<sites/><links><computers><computer><id>7</id></computer></computers></links>"
                                + "<future_section><a>1</a></future_section></user>",
                        ClassicUser::getName, ClassicUser::setName,
                        () -> {
                            ClassicUser u = new ClassicUser();
                            u.setName("aharrison");
                            u.setEmail("aharrison@example.com");
                            u.setSites(new ClassicUser.Sites(List.of(new ClassicReference(-1, "None"))));
                            return u;
                        },
                        "<user><name>aharrison</name><email>aharrison@example.com</email><sites><site><id>-1</id>"
                                + "<name>None</name></site></sites></user>"));
    }

    @TestFactory
    Stream<DynamicNode> everyMethodOfEveryResource() {
        List<Case<?, ?>> cases = cases();
        assertEquals(ClassicResources.HAND_WRITTEN_BEFORE.size(), cases.stream().map(Case::resource).distinct().count(),
                "a case for every resource");
        return cases.stream().map(c -> dynamicContainer(c.resource().path(), methods(c)));
    }

    private <T, I> Stream<DynamicNode> methods(Case<T, I> c) {
        String base = "/JSSResource/" + c.resource().path();
        String root = ClassicXml.rootName(c.resource().type());
        return Stream.of(
                dynamicTest("listAll", () -> {
                    ClassicTestSupport.reset(wm);
                    wm.stubFor(get(urlEqualTo(base)).willReturn(xml("<" + c.resource().listElement() + "><size>2</size>"
                            + item(c, "<id>1</id><name>One</name>") + item(c, "<id>2</id><name>Two &amp; Co</name><extra>x</extra>")
                            + "</" + c.resource().listElement() + ">")));
                    List<I> items = join(c.listAll().apply(api));
                    assertEquals(2, items.size());
                    assertEquals(1, call(items.get(0), "getId"));
                    assertEquals("Two & Co", call(items.get(1), "getName"));
                    assertNotNull(((ClassicElement) items.get(1)).getOtherElement("extra"), "unknown item element kept");
                    onlyRequest(wm, "GET", base);
                }),
                dynamicTest("getById", () -> {
                    ClassicTestSupport.reset(wm);
                    wm.stubFor(get(urlEqualTo(base + "/id/7")).willReturn(xml(c.document())));
                    T model = join(c.getById().apply(api, 7));
                    assertEquals("Original", c.name().apply(model));
                    assertNotNull(((ClassicElement) model).getOtherElement("future_section"));
                    onlyRequest(wm, "GET", base + "/id/7");
                }),
                dynamicTest("getByName sends the name as one encoded segment", () -> {
                    ClassicTestSupport.reset(wm);
                    wm.stubFor(get(urlEqualTo(base + "/name/" + AWKWARD_SEGMENT)).willReturn(xml(c.document())));
                    T model = join(c.getByName().apply(api, AWKWARD_NAME));
                    assertEquals("Original", c.name().apply(model));
                    onlyRequest(wm, "GET", base + "/name/" + AWKWARD_SEGMENT);
                }),
                dynamicTest("create sends only the fields set and returns the new id", () -> {
                    ClassicTestSupport.reset(wm);
                    wm.stubFor(post(urlEqualTo(base + "/id/0")).willReturn(aResponse().withStatus(201)
                            .withHeader("Content-Type", "text/xml").withBody("<" + root + "><id>42</id></" + root + ">")));
                    assertEquals(42, join(c.create().apply(api, c.fresh().get())));
                    LoggedRequest request = onlyRequest(wm, "POST", base + "/id/0");
                    assertXmlContentType(request);
                    assertSameXml(c.freshXml(), request.getBodyAsString());
                }),
                dynamicTest("update writes back what GET read, unknown elements included", () -> {
                    ClassicTestSupport.reset(wm);
                    wm.stubFor(get(urlEqualTo(base + "/id/7")).willReturn(xml(c.document())));
                    wm.stubFor(put(urlEqualTo(base + "/id/7")).willReturn(aResponse().withStatus(201)
                            .withBody("<" + root + "><id>7</id></" + root + ">")));
                    T model = join(c.getById().apply(api, 7));
                    c.rename().accept(model, "Renamed");
                    assertNull(join(c.update().apply(api, 7, model)));
                    LoggedRequest request = onlyRequest(wm, "PUT", base + "/id/7");
                    assertXmlContentType(request);
                    assertSameXml(c.document().replace(">Original<", ">Renamed<"), request.getBodyAsString());
                }),
                dynamicTest("delete", () -> {
                    ClassicTestSupport.reset(wm);
                    wm.stubFor(delete(urlEqualTo(base + "/id/7")).willReturn(xml("<" + root + "><id>7</id>"
                            + "<successful>True</successful></" + root + ">")));
                    assertNull(join(c.delete().apply(api, 7)));
                    assertEquals("", onlyRequest(wm, "DELETE", base + "/id/7").getBodyAsString());
                }));
    }

    private static String item(Case<?, ?> c, String content) {
        return "<" + c.resource().itemElement() + ">" + content + "</" + c.resource().itemElement() + ">";
    }

    static void assertXmlContentType(LoggedRequest request) {
        String type = request.getHeader("Content-Type");
        assertNotNull(type, "Content-Type");
        assertTrue(type.startsWith("application/xml"), "Content-Type " + type);
    }

    private static Object call(Object target, String getter) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(getter);
        return method.invoke(target);
    }
}
