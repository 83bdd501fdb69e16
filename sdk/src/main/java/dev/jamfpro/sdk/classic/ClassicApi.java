package dev.jamfpro.sdk.classic;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.classic.model.ClassicAdvancedComputerSearch;
import dev.jamfpro.sdk.classic.model.ClassicAdvancedComputerSearchesItem;
import dev.jamfpro.sdk.classic.model.ClassicBuilding;
import dev.jamfpro.sdk.classic.model.ClassicBuildingsItem;
import dev.jamfpro.sdk.classic.model.ClassicCategoriesItem;
import dev.jamfpro.sdk.classic.model.ClassicCategory;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicComputerExtensionAttribute;
import dev.jamfpro.sdk.classic.model.ClassicComputerExtensionAttributesItem;
import dev.jamfpro.sdk.classic.model.ClassicComputerGroup;
import dev.jamfpro.sdk.classic.model.ClassicComputerGroupsItem;
import dev.jamfpro.sdk.classic.model.ClassicComputersItem;
import dev.jamfpro.sdk.classic.model.ClassicDepartment;
import dev.jamfpro.sdk.classic.model.ClassicDepartmentsItem;
import dev.jamfpro.sdk.classic.model.ClassicList;
import dev.jamfpro.sdk.classic.model.ClassicMobileDevice;
import dev.jamfpro.sdk.classic.model.ClassicMobileDeviceConfigurationProfile;
import dev.jamfpro.sdk.classic.model.ClassicMobileDeviceConfigurationProfilesItem;
import dev.jamfpro.sdk.classic.model.ClassicMobileDeviceGroup;
import dev.jamfpro.sdk.classic.model.ClassicMobileDeviceGroupsItem;
import dev.jamfpro.sdk.classic.model.ClassicMobileDevicesItem;
import dev.jamfpro.sdk.classic.model.ClassicNetworkSegment;
import dev.jamfpro.sdk.classic.model.ClassicNetworkSegmentsItem;
import dev.jamfpro.sdk.classic.model.ClassicOsxConfigurationProfile;
import dev.jamfpro.sdk.classic.model.ClassicOsxConfigurationProfilesItem;
import dev.jamfpro.sdk.classic.model.ClassicPackage;
import dev.jamfpro.sdk.classic.model.ClassicPackagesItem;
import dev.jamfpro.sdk.classic.model.ClassicPoliciesItem;
import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.classic.model.ClassicScript;
import dev.jamfpro.sdk.classic.model.ClassicScriptsItem;
import dev.jamfpro.sdk.classic.model.ClassicSite;
import dev.jamfpro.sdk.classic.model.ClassicSitesItem;
import dev.jamfpro.sdk.classic.model.ClassicUser;
import dev.jamfpro.sdk.classic.model.ClassicUsersItem;
import dev.jamfpro.sdk.internal.ClassicTransport;
import dev.jamfpro.sdk.internal.xml.ClassicXml;
import dev.jamfpro.sdk.internal.xml.MalformedXmlException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Classic API (XML, under {@code /JSSResource}), reached with {@code client.classicApi()}. Every
 * method returns a {@link CompletableFuture}; a non-2xx answer completes it with
 * {@link dev.jamfpro.sdk.ClassicApiException} carrying Jamf's error message, and an answer that is not
 * the expected XML with a {@link JamfProSdkException} naming method and path.
 *
 * <p>Models are lossless: elements and attributes a model has no field for are kept and written back,
 * and fields left null are not sent, so an update changes only what you set. A value a model could
 * not write back exactly (an empty {@code Integer}, a {@code Boolean} that is not {@code true} or
 * {@code false}) fails the read rather than change silently. XML with a DTD is refused. Names are
 * sent percent-encoded ({@code +} as {@code %2B}).
 *
 * <p>Adding a resource: a model with {@code @XmlRootElement}, a list item model, a
 * {@link ClassicResource} descriptor listed in {@code RESOURCES}, and one-line methods using it.
 */
public final class ClassicApi {
    private static final Pattern PAYLOADS = Pattern.compile("(<payloads>)(.*?)(</payloads>)", Pattern.DOTALL);

    static final ClassicResource<ClassicComputer, ClassicComputersItem> COMPUTERS = ClassicResource.of(
            "computers", "computers", "computer", ClassicComputer.class, ClassicComputersItem.class);
    static final ClassicResource<ClassicComputerGroup, ClassicComputerGroupsItem> COMPUTER_GROUPS = ClassicResource.of(
            "computergroups", "computer_groups", "computer_group", ClassicComputerGroup.class, ClassicComputerGroupsItem.class);
    static final ClassicResource<ClassicAdvancedComputerSearch, ClassicAdvancedComputerSearchesItem> ADVANCED_COMPUTER_SEARCHES =
            ClassicResource.of("advancedcomputersearches", "advanced_computer_searches", "advanced_computer_search",
                    ClassicAdvancedComputerSearch.class, ClassicAdvancedComputerSearchesItem.class);
    static final ClassicResource<ClassicCategory, ClassicCategoriesItem> CATEGORIES = ClassicResource.of(
            "categories", "categories", "category", ClassicCategory.class, ClassicCategoriesItem.class);
    static final ClassicResource<ClassicPackage, ClassicPackagesItem> PACKAGES = ClassicResource.of(
            "packages", "packages", "package", ClassicPackage.class, ClassicPackagesItem.class);
    static final ClassicResource<ClassicNetworkSegment, ClassicNetworkSegmentsItem> NETWORK_SEGMENTS = ClassicResource.of(
            "networksegments", "network_segments", "network_segment", ClassicNetworkSegment.class,
            ClassicNetworkSegmentsItem.class);
    static final ClassicResource<ClassicPolicy, ClassicPoliciesItem> POLICIES = ClassicResource.of(
            "policies", "policies", "policy", ClassicPolicy.class, ClassicPoliciesItem.class);
    static final ClassicResource<ClassicScript, ClassicScriptsItem> SCRIPTS = ClassicResource.of(
            "scripts", "scripts", "script", ClassicScript.class, ClassicScriptsItem.class);
    static final ClassicResource<ClassicBuilding, ClassicBuildingsItem> BUILDINGS = ClassicResource.of(
            "buildings", "buildings", "building", ClassicBuilding.class, ClassicBuildingsItem.class);
    static final ClassicResource<ClassicDepartment, ClassicDepartmentsItem> DEPARTMENTS = ClassicResource.of(
            "departments", "departments", "department", ClassicDepartment.class, ClassicDepartmentsItem.class);
    static final ClassicResource<ClassicSite, ClassicSitesItem> SITES = ClassicResource.of(
            "sites", "sites", "site", ClassicSite.class, ClassicSitesItem.class);
    static final ClassicResource<ClassicMobileDevice, ClassicMobileDevicesItem> MOBILE_DEVICES = ClassicResource.of(
            "mobiledevices", "mobile_devices", "mobile_device", ClassicMobileDevice.class, ClassicMobileDevicesItem.class);
    static final ClassicResource<ClassicMobileDeviceGroup, ClassicMobileDeviceGroupsItem> MOBILE_DEVICE_GROUPS =
            ClassicResource.of("mobiledevicegroups", "mobile_device_groups", "mobile_device_group",
                    ClassicMobileDeviceGroup.class, ClassicMobileDeviceGroupsItem.class);
    static final ClassicResource<ClassicOsxConfigurationProfile, ClassicOsxConfigurationProfilesItem> OSX_CONFIGURATION_PROFILES =
            new ClassicResource<>("osxconfigurationprofiles", "os_x_configuration_profiles", "os_x_configuration_profile",
                    ClassicOsxConfigurationProfile.class, ClassicOsxConfigurationProfilesItem.class,
                    ClassicApi::escapePayloadsOnceMore);
    static final ClassicResource<ClassicMobileDeviceConfigurationProfile, ClassicMobileDeviceConfigurationProfilesItem>
            MOBILE_DEVICE_CONFIGURATION_PROFILES = new ClassicResource<>("mobiledeviceconfigurationprofiles",
                    "configuration_profiles", "configuration_profile", ClassicMobileDeviceConfigurationProfile.class,
                    ClassicMobileDeviceConfigurationProfilesItem.class, ClassicApi::escapePayloadsOnceMore);
    static final ClassicResource<ClassicComputerExtensionAttribute, ClassicComputerExtensionAttributesItem>
            COMPUTER_EXTENSION_ATTRIBUTES = ClassicResource.of("computerextensionattributes",
                    "computer_extension_attributes", "computer_extension_attribute",
                    ClassicComputerExtensionAttribute.class, ClassicComputerExtensionAttributesItem.class);
    static final ClassicResource<ClassicUser, ClassicUsersItem> USERS = ClassicResource.of(
            "users", "users", "user", ClassicUser.class, ClassicUsersItem.class);

    static final List<ClassicResource<?, ?>> RESOURCES = List.of(COMPUTERS, COMPUTER_GROUPS, ADVANCED_COMPUTER_SEARCHES,
            CATEGORIES, PACKAGES, NETWORK_SEGMENTS, POLICIES, SCRIPTS, BUILDINGS, DEPARTMENTS, SITES, MOBILE_DEVICES,
            MOBILE_DEVICE_GROUPS, OSX_CONFIGURATION_PROFILES, MOBILE_DEVICE_CONFIGURATION_PROFILES,
            COMPUTER_EXTENSION_ATTRIBUTES, USERS);

    private static final ClassicXml XML = new ClassicXml(RESOURCES.stream()
            .flatMap(r -> java.util.stream.Stream.of(r.type(), r.itemType())).toArray(Class<?>[]::new));

    private final ClassicTransport transport;

    /**
     * Made by {@code AsyncJamfProClient}; use {@code client.classicApi()}.
     *
     * @param transport the client's Classic request path
     */
    public ClassicApi(ClassicTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport == null");
    }

    /** {@return the shared reader and writer of Classic models (one {@code JAXBContext})} */
    public static ClassicXml xml() {
        return XML;
    }

    // ---------------------------------------------------------------- computers

    /**
     * {@code GET /computers}: id and name of every computer.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicComputersItem>> listAllComputers() {
        return listAll(COMPUTERS);
    }

    /**
     * {@code GET /computers/id/{id}}, or only the given sections with
     * {@code /computers/id/{id}/subset/General&Location}.
     *
     * @param id the Jamf Pro id
     * @param subsets the sections to read (none: all of them)
     * @return a future of the computer
     */
    public CompletableFuture<ClassicComputer> getComputerById(int id, ComputerSubset... subsets) {
        return get(COMPUTERS, withSubsets(List.of("id", Integer.toString(id)), subsets));
    }

    /**
     * {@code GET /computers/name/{name}} (the first computer with that name), optionally some sections.
     *
     * @param name the name
     * @param subsets the sections to read (none: all of them)
     * @return a future of the computer
     */
    public CompletableFuture<ClassicComputer> getComputerByName(String name, ComputerSubset... subsets) {
        return get(COMPUTERS, withSubsets(List.of("name", required("name", name)), subsets));
    }

    /**
     * {@code GET /computers/serialnumber/{serialNumber}}, optionally some sections.
     *
     * @param serialNumber the serial number
     * @param subsets the sections to read (none: all of them)
     * @return a future of the computer
     */
    public CompletableFuture<ClassicComputer> getComputerBySerialNumber(String serialNumber, ComputerSubset... subsets) {
        return get(COMPUTERS, withSubsets(List.of("serialnumber", required("serialNumber", serialNumber)), subsets));
    }

    /**
     * {@code GET /computers/udid/{udid}}, optionally some sections.
     *
     * @param udid the UDID
     * @param subsets the sections to read (none: all of them)
     * @return a future of the computer
     */
    public CompletableFuture<ClassicComputer> getComputerByUdid(String udid, ComputerSubset... subsets) {
        return get(COMPUTERS, withSubsets(List.of("udid", required("udid", udid)), subsets));
    }

    /**
     * {@code GET /computers/macaddress/{macAddress}}, optionally some sections.
     *
     * @param macAddress the MAC address
     * @param subsets the sections to read (none: all of them)
     * @return a future of the computer
     */
    public CompletableFuture<ClassicComputer> getComputerByMacAddress(String macAddress, ComputerSubset... subsets) {
        return get(COMPUTERS, withSubsets(List.of("macaddress", required("macAddress", macAddress)), subsets));
    }

    /**
     * {@code POST /computers/id/0}; completes with the new computer's id.
     *
     * @param computer the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createComputer(ClassicComputer computer) {
        return create(COMPUTERS, computer);
    }

    /**
     * {@code PUT /computers/id/{id}}: sends only the fields set in {@code computer}.
     *
     * @param id the Jamf Pro id
     * @param computer the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateComputerById(int id, ClassicComputer computer) {
        return update(COMPUTERS, id, computer);
    }

    /**
     * {@code DELETE /computers/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteComputerById(int id) {
        return delete(COMPUTERS, id);
    }

    /**
     * Marks a computer managed ({@code general/remote_management/managed = true}).
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> setComputerManagedById(int id) {
        return setComputerManagement(id, true);
    }

    /**
     * Marks a computer unmanaged ({@code general/remote_management/managed = false}).
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> setComputerUnmanagedById(int id) {
        return setComputerManagement(id, false);
    }

    private CompletableFuture<Void> setComputerManagement(int id, boolean managed) {
        ClassicComputer computer = new ClassicComputer();
        computer.setGeneral(new ClassicComputer.General());
        computer.getGeneral().setRemoteManagement(new ClassicComputer.RemoteManagement());
        computer.getGeneral().getRemoteManagement().setManaged(managed);
        return update(COMPUTERS, id, computer);
    }

    // ---------------------------------------------------------------- computer groups

    /**
     * {@code GET /computergroups}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicComputerGroupsItem>> listAllComputerGroups() {
        return listAll(COMPUTER_GROUPS);
    }

    /**
     * {@code GET /computergroups/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the computer group
     */
    public CompletableFuture<ClassicComputerGroup> getComputerGroupById(int id) {
        return get(COMPUTER_GROUPS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /computergroups/name/{name}}.
     *
     * @param name the name
     * @return a future of the computer group
     */
    public CompletableFuture<ClassicComputerGroup> getComputerGroupByName(String name) {
        return get(COMPUTER_GROUPS, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /computergroups/id/0} (smart or static); completes with the new group's id.
     *
     * @param group the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createComputerGroup(ClassicComputerGroup group) {
        return create(COMPUTER_GROUPS, group);
    }

    /**
     * {@code PUT /computergroups/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param group the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateComputerGroupById(int id, ClassicComputerGroup group) {
        return update(COMPUTER_GROUPS, id, group);
    }

    /**
     * {@code DELETE /computergroups/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteComputerGroupById(int id) {
        return delete(COMPUTER_GROUPS, id);
    }

    /**
     * Adds and removes members of a static computer group without sending the whole membership
     * ({@code computer_additions} and {@code computer_deletions}). When both lists are empty nothing
     * is sent.
     *
     * @param add computer ids to add (null or empty: none)
     * @param remove computer ids to remove (null or empty: none)
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateStaticComputerGroupMembershipById(int id, List<Integer> add, List<Integer> remove) {
        ClassicComputerGroup change = new ClassicComputerGroup();
        change.setComputerAdditions(members(add, ClassicComputerGroup.Computers::new,
                member -> new ClassicComputerGroup.Computer(member, null)));
        change.setComputerDeletions(members(remove, ClassicComputerGroup.Computers::new,
                member -> new ClassicComputerGroup.Computer(member, null)));
        if (change.getComputerAdditions() == null && change.getComputerDeletions() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return update(COMPUTER_GROUPS, id, change);
    }

    // ---------------------------------------------------------------- advanced computer searches

    /**
     * {@code GET /advancedcomputersearches}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicAdvancedComputerSearchesItem>> listAllAdvancedComputerSearches() {
        return listAll(ADVANCED_COMPUTER_SEARCHES);
    }

    /**
     * {@code GET /advancedcomputersearches/id/{id}}: the search with its results.
     *
     * @param id the Jamf Pro id
     * @return a future of the advanced computer search
     */
    public CompletableFuture<ClassicAdvancedComputerSearch> getAdvancedComputerSearchById(int id) {
        return get(ADVANCED_COMPUTER_SEARCHES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /advancedcomputersearches/name/{name}}.
     *
     * @param name the name
     * @return a future of the advanced computer search
     */
    public CompletableFuture<ClassicAdvancedComputerSearch> getAdvancedComputerSearchByName(String name) {
        return get(ADVANCED_COMPUTER_SEARCHES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /advancedcomputersearches/id/0}; completes with the new search's id.
     *
     * @param search the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createAdvancedComputerSearch(ClassicAdvancedComputerSearch search) {
        return create(ADVANCED_COMPUTER_SEARCHES, search);
    }

    /**
     * {@code PUT /advancedcomputersearches/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param search the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateAdvancedComputerSearchById(int id, ClassicAdvancedComputerSearch search) {
        return update(ADVANCED_COMPUTER_SEARCHES, id, search);
    }

    /**
     * {@code DELETE /advancedcomputersearches/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteAdvancedComputerSearchById(int id) {
        return delete(ADVANCED_COMPUTER_SEARCHES, id);
    }

    // ---------------------------------------------------------------- categories

    /**
     * {@code GET /categories}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicCategoriesItem>> listAllCategories() {
        return listAll(CATEGORIES);
    }

    /**
     * {@code GET /categories/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the category
     */
    public CompletableFuture<ClassicCategory> getCategoryById(int id) {
        return get(CATEGORIES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /categories/name/{name}}.
     *
     * @param name the name
     * @return a future of the category
     */
    public CompletableFuture<ClassicCategory> getCategoryByName(String name) {
        return get(CATEGORIES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /categories/id/0}; completes with the new category's id.
     *
     * @param category the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createCategory(ClassicCategory category) {
        return create(CATEGORIES, category);
    }

    /**
     * {@code PUT /categories/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param category the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateCategoryById(int id, ClassicCategory category) {
        return update(CATEGORIES, id, category);
    }

    /**
     * {@code DELETE /categories/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteCategoryById(int id) {
        return delete(CATEGORIES, id);
    }

    // ---------------------------------------------------------------- packages

    /**
     * {@code GET /packages}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicPackagesItem>> listAllPackages() {
        return listAll(PACKAGES);
    }

    /**
     * {@code GET /packages/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the package
     */
    public CompletableFuture<ClassicPackage> getPackageById(int id) {
        return get(PACKAGES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /packages/name/{name}}.
     *
     * @param name the name
     * @return a future of the package
     */
    public CompletableFuture<ClassicPackage> getPackageByName(String name) {
        return get(PACKAGES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /packages/id/0}; completes with the new package's id.
     *
     * @param pkg the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createPackage(ClassicPackage pkg) {
        return create(PACKAGES, pkg);
    }

    /**
     * {@code PUT /packages/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param pkg the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updatePackageById(int id, ClassicPackage pkg) {
        return update(PACKAGES, id, pkg);
    }

    /**
     * {@code DELETE /packages/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deletePackageById(int id) {
        return delete(PACKAGES, id);
    }

    // ---------------------------------------------------------------- network segments

    /**
     * {@code GET /networksegments}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicNetworkSegmentsItem>> listAllNetworkSegments() {
        return listAll(NETWORK_SEGMENTS);
    }

    /**
     * {@code GET /networksegments/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the network segment
     */
    public CompletableFuture<ClassicNetworkSegment> getNetworkSegmentById(int id) {
        return get(NETWORK_SEGMENTS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /networksegments/name/{name}}.
     *
     * @param name the name
     * @return a future of the network segment
     */
    public CompletableFuture<ClassicNetworkSegment> getNetworkSegmentByName(String name) {
        return get(NETWORK_SEGMENTS, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /networksegments/id/0}; completes with the new segment's id.
     *
     * @param segment the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createNetworkSegment(ClassicNetworkSegment segment) {
        return create(NETWORK_SEGMENTS, segment);
    }

    /**
     * {@code PUT /networksegments/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param segment the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateNetworkSegmentById(int id, ClassicNetworkSegment segment) {
        return update(NETWORK_SEGMENTS, id, segment);
    }

    /**
     * {@code DELETE /networksegments/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteNetworkSegmentById(int id) {
        return delete(NETWORK_SEGMENTS, id);
    }

    // ---------------------------------------------------------------- policies

    /**
     * {@code GET /policies}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicPoliciesItem>> listAllPolicies() {
        return listAll(POLICIES);
    }

    /**
     * {@code GET /policies/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the policy
     */
    public CompletableFuture<ClassicPolicy> getPolicyById(int id) {
        return get(POLICIES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /policies/name/{name}}.
     *
     * @param name the name
     * @return a future of the policy
     */
    public CompletableFuture<ClassicPolicy> getPolicyByName(String name) {
        return get(POLICIES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /policies/id/0}; completes with the new policy's id.
     *
     * @param policy the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createPolicy(ClassicPolicy policy) {
        return create(POLICIES, policy);
    }

    /**
     * {@code PUT /policies/id/{id}}. Note that Jamf replaces {@code <scope>} whole when it is sent.
     *
     * @param id the Jamf Pro id
     * @param policy the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updatePolicyById(int id, ClassicPolicy policy) {
        return update(POLICIES, id, policy);
    }

    /**
     * {@code DELETE /policies/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deletePolicyById(int id) {
        return delete(POLICIES, id);
    }

    // ---------------------------------------------------------------- scripts

    /**
     * {@code GET /scripts}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicScriptsItem>> listAllScripts() {
        return listAll(SCRIPTS);
    }

    /**
     * {@code GET /scripts/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the script
     */
    public CompletableFuture<ClassicScript> getScriptById(int id) {
        return get(SCRIPTS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /scripts/name/{name}}.
     *
     * @param name the name
     * @return a future of the script
     */
    public CompletableFuture<ClassicScript> getScriptByName(String name) {
        return get(SCRIPTS, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /scripts/id/0}; completes with the new script's id.
     *
     * @param script the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createScript(ClassicScript script) {
        return create(SCRIPTS, script);
    }

    /**
     * {@code PUT /scripts/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param script the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateScriptById(int id, ClassicScript script) {
        return update(SCRIPTS, id, script);
    }

    /**
     * {@code DELETE /scripts/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteScriptById(int id) {
        return delete(SCRIPTS, id);
    }

    // ---------------------------------------------------------------- buildings

    /**
     * {@code GET /buildings}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicBuildingsItem>> listAllBuildings() {
        return listAll(BUILDINGS);
    }

    /**
     * {@code GET /buildings/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the building
     */
    public CompletableFuture<ClassicBuilding> getBuildingById(int id) {
        return get(BUILDINGS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /buildings/name/{name}}.
     *
     * @param name the name
     * @return a future of the building
     */
    public CompletableFuture<ClassicBuilding> getBuildingByName(String name) {
        return get(BUILDINGS, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /buildings/id/0}; completes with the new building's id.
     *
     * @param building the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createBuilding(ClassicBuilding building) {
        return create(BUILDINGS, building);
    }

    /**
     * {@code PUT /buildings/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param building the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateBuildingById(int id, ClassicBuilding building) {
        return update(BUILDINGS, id, building);
    }

    /**
     * {@code DELETE /buildings/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteBuildingById(int id) {
        return delete(BUILDINGS, id);
    }

    // ---------------------------------------------------------------- departments

    /**
     * {@code GET /departments}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicDepartmentsItem>> listAllDepartments() {
        return listAll(DEPARTMENTS);
    }

    /**
     * {@code GET /departments/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the department
     */
    public CompletableFuture<ClassicDepartment> getDepartmentById(int id) {
        return get(DEPARTMENTS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /departments/name/{name}}.
     *
     * @param name the name
     * @return a future of the department
     */
    public CompletableFuture<ClassicDepartment> getDepartmentByName(String name) {
        return get(DEPARTMENTS, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /departments/id/0}; completes with the new department's id.
     *
     * @param department the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createDepartment(ClassicDepartment department) {
        return create(DEPARTMENTS, department);
    }

    /**
     * {@code PUT /departments/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param department the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateDepartmentById(int id, ClassicDepartment department) {
        return update(DEPARTMENTS, id, department);
    }

    /**
     * {@code DELETE /departments/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteDepartmentById(int id) {
        return delete(DEPARTMENTS, id);
    }

    // ---------------------------------------------------------------- sites

    /**
     * {@code GET /sites}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicSitesItem>> listAllSites() {
        return listAll(SITES);
    }

    /**
     * {@code GET /sites/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the site
     */
    public CompletableFuture<ClassicSite> getSiteById(int id) {
        return get(SITES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /sites/name/{name}}.
     *
     * @param name the name
     * @return a future of the site
     */
    public CompletableFuture<ClassicSite> getSiteByName(String name) {
        return get(SITES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /sites/id/0}; completes with the new site's id.
     *
     * @param site the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createSite(ClassicSite site) {
        return create(SITES, site);
    }

    /**
     * {@code PUT /sites/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param site the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateSiteById(int id, ClassicSite site) {
        return update(SITES, id, site);
    }

    /**
     * {@code DELETE /sites/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteSiteById(int id) {
        return delete(SITES, id);
    }

    // ---------------------------------------------------------------- mobile devices

    /**
     * {@code GET /mobiledevices}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicMobileDevicesItem>> listAllMobileDevices() {
        return listAll(MOBILE_DEVICES);
    }

    /**
     * {@code GET /mobiledevices/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the mobile device
     */
    public CompletableFuture<ClassicMobileDevice> getMobileDeviceById(int id) {
        return get(MOBILE_DEVICES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /mobiledevices/name/{name}}.
     *
     * @param name the name
     * @return a future of the mobile device
     */
    public CompletableFuture<ClassicMobileDevice> getMobileDeviceByName(String name) {
        return get(MOBILE_DEVICES, List.of("name", required("name", name)));
    }

    /**
     * {@code GET /mobiledevices/serialnumber/{serialNumber}}.
     *
     * @param serialNumber the serial number
     * @return a future of the mobile device
     */
    public CompletableFuture<ClassicMobileDevice> getMobileDeviceBySerialNumber(String serialNumber) {
        return get(MOBILE_DEVICES, List.of("serialnumber", required("serialNumber", serialNumber)));
    }

    /**
     * {@code GET /mobiledevices/udid/{udid}}.
     *
     * @param udid the UDID
     * @return a future of the mobile device
     */
    public CompletableFuture<ClassicMobileDevice> getMobileDeviceByUdid(String udid) {
        return get(MOBILE_DEVICES, List.of("udid", required("udid", udid)));
    }

    /**
     * {@code GET /mobiledevices/macaddress/{macAddress}} (the Wi-Fi MAC address).
     *
     * @param macAddress the MAC address
     * @return a future of the mobile device
     */
    public CompletableFuture<ClassicMobileDevice> getMobileDeviceByMacAddress(String macAddress) {
        return get(MOBILE_DEVICES, List.of("macaddress", required("macAddress", macAddress)));
    }

    /**
     * {@code POST /mobiledevices/id/0}; completes with the new device's id.
     *
     * @param device the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createMobileDevice(ClassicMobileDevice device) {
        return create(MOBILE_DEVICES, device);
    }

    /**
     * {@code PUT /mobiledevices/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param device the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateMobileDeviceById(int id, ClassicMobileDevice device) {
        return update(MOBILE_DEVICES, id, device);
    }

    /**
     * {@code DELETE /mobiledevices/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteMobileDeviceById(int id) {
        return delete(MOBILE_DEVICES, id);
    }

    // ---------------------------------------------------------------- mobile device groups

    /**
     * {@code GET /mobiledevicegroups}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicMobileDeviceGroupsItem>> listAllMobileDeviceGroups() {
        return listAll(MOBILE_DEVICE_GROUPS);
    }

    /**
     * {@code GET /mobiledevicegroups/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the mobile device group
     */
    public CompletableFuture<ClassicMobileDeviceGroup> getMobileDeviceGroupById(int id) {
        return get(MOBILE_DEVICE_GROUPS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /mobiledevicegroups/name/{name}}.
     *
     * @param name the name
     * @return a future of the mobile device group
     */
    public CompletableFuture<ClassicMobileDeviceGroup> getMobileDeviceGroupByName(String name) {
        return get(MOBILE_DEVICE_GROUPS, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /mobiledevicegroups/id/0}; completes with the new group's id.
     *
     * @param group the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createMobileDeviceGroup(ClassicMobileDeviceGroup group) {
        return create(MOBILE_DEVICE_GROUPS, group);
    }

    /**
     * {@code PUT /mobiledevicegroups/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param group the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateMobileDeviceGroupById(int id, ClassicMobileDeviceGroup group) {
        return update(MOBILE_DEVICE_GROUPS, id, group);
    }

    /**
     * {@code DELETE /mobiledevicegroups/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteMobileDeviceGroupById(int id) {
        return delete(MOBILE_DEVICE_GROUPS, id);
    }

    /**
     * Adds and removes members of a static mobile device group ({@code mobile_device_additions} and
     * {@code mobile_device_deletions}). When both lists are empty nothing is sent.
     *
     * @param add device ids to add (null or empty: none)
     * @param remove device ids to remove (null or empty: none)
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateStaticMobileDeviceGroupMembershipById(int id, List<Integer> add,
                                                                               List<Integer> remove) {
        ClassicMobileDeviceGroup change = new ClassicMobileDeviceGroup();
        change.setMobileDeviceAdditions(members(add, ClassicMobileDeviceGroup.MobileDevices::new,
                member -> new ClassicMobileDeviceGroup.MobileDevice(member, null)));
        change.setMobileDeviceDeletions(members(remove, ClassicMobileDeviceGroup.MobileDevices::new,
                member -> new ClassicMobileDeviceGroup.MobileDevice(member, null)));
        if (change.getMobileDeviceAdditions() == null && change.getMobileDeviceDeletions() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return update(MOBILE_DEVICE_GROUPS, id, change);
    }

    // ---------------------------------------------------------------- macOS configuration profiles

    /**
     * {@code GET /osxconfigurationprofiles}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicOsxConfigurationProfilesItem>> listAllOsxConfigurationProfiles() {
        return listAll(OSX_CONFIGURATION_PROFILES);
    }

    /**
     * {@code GET /osxconfigurationprofiles/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the osx configuration profile
     */
    public CompletableFuture<ClassicOsxConfigurationProfile> getOsxConfigurationProfileById(int id) {
        return get(OSX_CONFIGURATION_PROFILES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /osxconfigurationprofiles/name/{name}}.
     *
     * @param name the name
     * @return a future of the osx configuration profile
     */
    public CompletableFuture<ClassicOsxConfigurationProfile> getOsxConfigurationProfileByName(String name) {
        return get(OSX_CONFIGURATION_PROFILES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /osxconfigurationprofiles/id/0}; completes with the new profile's id. The
     * {@code <payloads>} text is escaped once more than XML needs, because Jamf decodes it twice.
     *
     * @param profile the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createOsxConfigurationProfile(ClassicOsxConfigurationProfile profile) {
        return create(OSX_CONFIGURATION_PROFILES, profile);
    }

    /**
     * {@code PUT /osxconfigurationprofiles/id/{id}} (payloads escaped as for create).
     *
     * @param id the Jamf Pro id
     * @param profile the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateOsxConfigurationProfileById(int id, ClassicOsxConfigurationProfile profile) {
        return update(OSX_CONFIGURATION_PROFILES, id, profile);
    }

    /**
     * {@code DELETE /osxconfigurationprofiles/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteOsxConfigurationProfileById(int id) {
        return delete(OSX_CONFIGURATION_PROFILES, id);
    }

    // ---------------------------------------------------------------- mobile device configuration profiles

    /**
     * {@code GET /mobiledeviceconfigurationprofiles}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicMobileDeviceConfigurationProfilesItem>> listAllMobileDeviceConfigurationProfiles() {
        return listAll(MOBILE_DEVICE_CONFIGURATION_PROFILES);
    }

    /**
     * {@code GET /mobiledeviceconfigurationprofiles/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the mobile device configuration profile
     */
    public CompletableFuture<ClassicMobileDeviceConfigurationProfile> getMobileDeviceConfigurationProfileById(int id) {
        return get(MOBILE_DEVICE_CONFIGURATION_PROFILES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /mobiledeviceconfigurationprofiles/name/{name}}.
     *
     * @param name the name
     * @return a future of the mobile device configuration profile
     */
    public CompletableFuture<ClassicMobileDeviceConfigurationProfile> getMobileDeviceConfigurationProfileByName(String name) {
        return get(MOBILE_DEVICE_CONFIGURATION_PROFILES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /mobiledeviceconfigurationprofiles/id/0} (payloads escaped once more); the new id.
     *
     * @param profile the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createMobileDeviceConfigurationProfile(ClassicMobileDeviceConfigurationProfile profile) {
        return create(MOBILE_DEVICE_CONFIGURATION_PROFILES, profile);
    }

    /**
     * {@code PUT /mobiledeviceconfigurationprofiles/id/{id}} (payloads escaped once more).
     *
     * @param id the Jamf Pro id
     * @param profile the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateMobileDeviceConfigurationProfileById(int id,
                                                                              ClassicMobileDeviceConfigurationProfile profile) {
        return update(MOBILE_DEVICE_CONFIGURATION_PROFILES, id, profile);
    }

    /**
     * {@code DELETE /mobiledeviceconfigurationprofiles/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteMobileDeviceConfigurationProfileById(int id) {
        return delete(MOBILE_DEVICE_CONFIGURATION_PROFILES, id);
    }

    // ---------------------------------------------------------------- computer extension attributes

    /**
     * {@code GET /computerextensionattributes}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicComputerExtensionAttributesItem>> listAllComputerExtensionAttributes() {
        return listAll(COMPUTER_EXTENSION_ATTRIBUTES);
    }

    /**
     * {@code GET /computerextensionattributes/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the computer extension attribute
     */
    public CompletableFuture<ClassicComputerExtensionAttribute> getComputerExtensionAttributeById(int id) {
        return get(COMPUTER_EXTENSION_ATTRIBUTES, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /computerextensionattributes/name/{name}}.
     *
     * @param name the name
     * @return a future of the computer extension attribute
     */
    public CompletableFuture<ClassicComputerExtensionAttribute> getComputerExtensionAttributeByName(String name) {
        return get(COMPUTER_EXTENSION_ATTRIBUTES, List.of("name", required("name", name)));
    }

    /**
     * {@code POST /computerextensionattributes/id/0}; completes with the new attribute's id.
     *
     * @param attribute the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createComputerExtensionAttribute(ClassicComputerExtensionAttribute attribute) {
        return create(COMPUTER_EXTENSION_ATTRIBUTES, attribute);
    }

    /**
     * {@code PUT /computerextensionattributes/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param attribute the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateComputerExtensionAttributeById(int id, ClassicComputerExtensionAttribute attribute) {
        return update(COMPUTER_EXTENSION_ATTRIBUTES, id, attribute);
    }

    /**
     * {@code DELETE /computerextensionattributes/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteComputerExtensionAttributeById(int id) {
        return delete(COMPUTER_EXTENSION_ATTRIBUTES, id);
    }

    // ---------------------------------------------------------------- users

    /**
     * {@code GET /users}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<ClassicUsersItem>> listAllUsers() {
        return listAll(USERS);
    }

    /**
     * {@code GET /users/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future of the user
     */
    public CompletableFuture<ClassicUser> getUserById(int id) {
        return get(USERS, List.of("id", Integer.toString(id)));
    }

    /**
     * {@code GET /users/name/{name}}.
     *
     * @param name the name
     * @return a future of the user
     */
    public CompletableFuture<ClassicUser> getUserByName(String name) {
        return get(USERS, List.of("name", required("name", name)));
    }

    /**
     * {@code GET /users/email/{email}}: the first user with that address.
     *
     * @param email the email address
     * @return a future of the user
     */
    public CompletableFuture<ClassicUser> getUserByEmail(String email) {
        return get(USERS, List.of("email", required("email", email)));
    }

    /**
     * {@code POST /users/id/0}; completes with the new user's id.
     *
     * @param user the fields to send (fields left null are not sent)
     * @return a future of the new id
     */
    public CompletableFuture<Integer> createUser(ClassicUser user) {
        return create(USERS, user);
    }

    /**
     * {@code PUT /users/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @param user the fields to send (fields left null are not sent)
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> updateUserById(int id, ClassicUser user) {
        return update(USERS, id, user);
    }

    /**
     * {@code DELETE /users/id/{id}}.
     *
     * @param id the Jamf Pro id
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> deleteUserById(int id) {
        return delete(USERS, id);
    }

    // ---------------------------------------------------------------- the generic operations

    private <T, I> CompletableFuture<List<I>> listAll(ClassicResource<T, I> resource) {
        List<String> path = List.of(resource.path());
        return transport.send("GET", path, null).thenApply(response -> parse("GET", path, response,
                bytes -> XML.readList(bytes, resource.listElement(), resource.itemElement(), resource.itemType())));
    }

    private <T> CompletableFuture<T> get(ClassicResource<T, ?> resource, List<String> lookup) {
        List<String> path = new ArrayList<>();
        path.add(resource.path());
        path.addAll(lookup);
        return transport.send("GET", path, null).thenApply(response -> parse("GET", path, response,
                bytes -> XML.read(bytes, resource.type())));
    }

    private <T> CompletableFuture<Integer> create(ClassicResource<T, ?> resource, T model) {
        Objects.requireNonNull(model, "model == null");
        List<String> path = List.of(resource.path(), "id", "0");
        return write("POST", path, resource.beforeWrite().apply(XML.write(model)))
                .thenApply(response -> parse("POST", path, response, XML::readCreatedId));
    }

    private <T> CompletableFuture<Void> update(ClassicResource<T, ?> resource, int id, T model) {
        Objects.requireNonNull(model, "model == null");
        return write("PUT", List.of(resource.path(), "id", Integer.toString(id)),
                resource.beforeWrite().apply(XML.write(model))).thenApply(response -> null);
    }

    private CompletableFuture<Void> delete(ClassicResource<?, ?> resource, int id) {
        return transport.send("DELETE", List.of(resource.path(), "id", Integer.toString(id)), null)
                .thenApply(response -> null);
    }

    private CompletableFuture<JamfResponse> write(String method, List<String> path, String xml) {
        return transport.send(method, path, xml);
    }

    private static <R> R parse(String method, List<String> path, JamfResponse response, Function<byte[], R> reader) {
        try {
            return reader.apply(response.bodyBytes());
        } catch (MalformedXmlException e) {
            throw new JamfProSdkException(method + " /JSSResource/" + String.join("/", path) + ": unreadable answer: "
                    + e.getMessage() + describeBody(response), e);
        }
    }

    private static String describeBody(JamfResponse response) {
        String type = response.header("Content-Type");
        String body = response.body().replaceAll("\\s+", " ").strip();
        return " (Content-Type " + (type == null ? "none" : type) + ", body: "
                + (body.length() > 200 ? body.substring(0, 200) + "…" : body) + ")";
    }

    private static List<String> withSubsets(List<String> lookup, ComputerSubset... subsets) {
        if (subsets == null || subsets.length == 0) {
            return lookup;
        }
        List<String> path = new ArrayList<>(lookup);
        path.add("subset");
        path.add(Arrays.stream(subsets).map(s -> Objects.requireNonNull(s, "subset == null").pathName())
                .distinct().collect(Collectors.joining("&")));
        return path;
    }

    private static <M, L extends ClassicList<M>> L members(List<Integer> ids, Supplier<L> newList,
                                                           IntFunction<M> member) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        L list = newList.get();
        for (Integer id : ids) {
            list.getItems().add(member.apply(Objects.requireNonNull(id, "member id == null")));
        }
        return list;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return value;
    }

    /**
     * Jamf decodes entities in a profile's {@code <payloads>} once more than XML requires, so an
     * {@code &} the payload holds must arrive as {@code &amp;amp;}: every {@code &amp;} inside
     * {@code <payloads>} gets one more escape.
     */
    static String escapePayloadsOnceMore(String xml) {
        Matcher matcher = PAYLOADS.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 32);
        while (matcher.find()) {
            String escaped = matcher.group(2).replace("&amp;", "&amp;amp;");
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + escaped + matcher.group(3)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
