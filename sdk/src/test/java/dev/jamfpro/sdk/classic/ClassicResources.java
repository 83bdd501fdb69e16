package dev.jamfpro.sdk.classic;

import dev.jamfpro.sdk.classic.model.*;
import java.util.List;

/** The 17 resources the hand-written Classic layer covered, typed, for the tests written for them. */
final class ClassicResources {
    private ClassicResources() {
    }

    @SuppressWarnings("unchecked")
    private static <T, I> ClassicResource<T, I> of(String path, Class<T> type, Class<I> itemType) {
        ClassicResource<T, I> resource = (ClassicResource<T, I>) ClassicIndex.resource(path);
        if (resource.type() != type || resource.itemType() != itemType) {
            throw new AssertionError(path + ": generated " + resource.type() + "/" + resource.itemType());
        }
        return resource;
    }

    static final ClassicResource<ClassicComputer, ClassicComputersItem> COMPUTERS =
            of("computers", ClassicComputer.class, ClassicComputersItem.class);
    static final ClassicResource<ClassicComputerGroup, ClassicComputerGroupsItem> COMPUTER_GROUPS =
            of("computergroups", ClassicComputerGroup.class, ClassicComputerGroupsItem.class);
    static final ClassicResource<ClassicAdvancedComputerSearch, ClassicAdvancedComputerSearchesItem> ADVANCED_COMPUTER_SEARCHES =
            of("advancedcomputersearches", ClassicAdvancedComputerSearch.class, ClassicAdvancedComputerSearchesItem.class);
    static final ClassicResource<ClassicCategory, ClassicCategoriesItem> CATEGORIES =
            of("categories", ClassicCategory.class, ClassicCategoriesItem.class);
    static final ClassicResource<ClassicPackage, ClassicPackagesItem> PACKAGES =
            of("packages", ClassicPackage.class, ClassicPackagesItem.class);
    static final ClassicResource<ClassicNetworkSegment, ClassicNetworkSegmentsItem> NETWORK_SEGMENTS =
            of("networksegments", ClassicNetworkSegment.class, ClassicNetworkSegmentsItem.class);
    static final ClassicResource<ClassicPolicy, ClassicPoliciesItem> POLICIES =
            of("policies", ClassicPolicy.class, ClassicPoliciesItem.class);
    static final ClassicResource<ClassicScript, ClassicScriptsItem> SCRIPTS =
            of("scripts", ClassicScript.class, ClassicScriptsItem.class);
    static final ClassicResource<ClassicBuilding, ClassicBuildingsItem> BUILDINGS =
            of("buildings", ClassicBuilding.class, ClassicBuildingsItem.class);
    static final ClassicResource<ClassicDepartment, ClassicDepartmentsItem> DEPARTMENTS =
            of("departments", ClassicDepartment.class, ClassicDepartmentsItem.class);
    static final ClassicResource<ClassicSite, ClassicSitesItem> SITES = of("sites", ClassicSite.class, ClassicSitesItem.class);
    static final ClassicResource<ClassicMobileDevice, ClassicMobileDevicesItem> MOBILE_DEVICES =
            of("mobiledevices", ClassicMobileDevice.class, ClassicMobileDevicesItem.class);
    static final ClassicResource<ClassicMobileDeviceGroup, ClassicMobileDeviceGroupsItem> MOBILE_DEVICE_GROUPS =
            of("mobiledevicegroups", ClassicMobileDeviceGroup.class, ClassicMobileDeviceGroupsItem.class);
    static final ClassicResource<ClassicOsxConfigurationProfile, ClassicOsxConfigurationProfilesItem> OSX_CONFIGURATION_PROFILES =
            of("osxconfigurationprofiles", ClassicOsxConfigurationProfile.class, ClassicOsxConfigurationProfilesItem.class);
    static final ClassicResource<ClassicMobileDeviceConfigurationProfile, ClassicMobileDeviceConfigurationProfilesItem>
            MOBILE_DEVICE_CONFIGURATION_PROFILES = of("mobiledeviceconfigurationprofiles",
                    ClassicMobileDeviceConfigurationProfile.class, ClassicMobileDeviceConfigurationProfilesItem.class);
    static final ClassicResource<ClassicComputerExtensionAttribute, ClassicComputerExtensionAttributesItem>
            COMPUTER_EXTENSION_ATTRIBUTES = of("computerextensionattributes", ClassicComputerExtensionAttribute.class,
                    ClassicComputerExtensionAttributesItem.class);
    static final ClassicResource<ClassicUser, ClassicUsersItem> USERS = of("users", ClassicUser.class, ClassicUsersItem.class);

    static final List<ClassicResource<?, ?>> HAND_WRITTEN_BEFORE = List.of(COMPUTERS, COMPUTER_GROUPS,
            ADVANCED_COMPUTER_SEARCHES, CATEGORIES, PACKAGES, NETWORK_SEGMENTS, POLICIES, SCRIPTS, BUILDINGS, DEPARTMENTS,
            SITES, MOBILE_DEVICES, MOBILE_DEVICE_GROUPS, OSX_CONFIGURATION_PROFILES, MOBILE_DEVICE_CONFIGURATION_PROFILES,
            COMPUTER_EXTENSION_ATTRIBUTES, USERS);
}
